import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/en';
import { frCA } from '@/lib/i18n/fr-CA';
import { type MessageKey, type MessageValues, setLanguage, t } from '@/lib/i18n/text';
import { messageKeys } from '@/lib/i18n/text-schema';

const root = path.resolve(__dirname, '../../..');

/** The arguments a message names, with a value of the kind each needs. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, string | number>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.set(element.value, 'x');
    if (element.type === TYPE.number || element.type === TYPE.plural) found.set(element.value, 2);
    if (element.type === TYPE.select) found.set(element.value, Object.keys(element.options)[0] ?? 'other');
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the English catalogue', () => {
  it.each(messageKeys)('%s reads as an ICU message and fills in every argument', (key: MessageKey) => {
    const values = Object.fromEntries(argumentsOf(parse(en[key])));
    expect(t(key, values)).not.toMatch(/[{}]/);
  });

  it('has no straight apostrophe, which ICU takes for a quote and would swallow text with', () => {
    expect(Object.entries(en).filter(([, message]) => message.includes("'"))).toEqual([]);
  });

  it('has no message the product never shows', () => {
    const source = ['lib', 'components', 'features', 'entrypoints']
      .flatMap((folder) => sourceFiles(path.join(root, folder)))
      .concat(path.join(root, 'wxt.config.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // In code, or as a JSX attribute (`<TextWithNames id="…">`).
    const named = (key: string) => source.includes(`'${key}'`) || source.includes(`"${key}"`);
    expect(messageKeys.filter((key) => !named(key))).toEqual([]);
  });

  it('says one and many as English does', () => {
    expect(t('extension.badge_overdue', { count: 1 })).toBe('Remit for Clio: 1 overdue bill');
    expect(t('extension.badge_overdue', { count: 1234 })).toBe('Remit for Clio: 1,234 overdue bills');
    expect(t('links.description', { count: 1 })).toBe('Payment of one bill');
    expect(t('links.description', { count: 3 })).toBe('Payment of 3 bills');
  });

  it('puts a wrapped message and hostile values in as text, never as markup or placeholders', () => {
    const reason = { key: 'clio.refused', values: { clioMessage: '{count} <b>&amp;' } } as const;
    expect(t('links.others_expired', { reason })).toBe(
      '{count} <b>&amp; The other link was expired again: none was made.',
    );
  });
});

/** A message as a reader in French gets it. */
function inFrench(key: MessageKey, values?: MessageValues): string {
  setLanguage('fr-CA');
  try {
    return t(key, values);
  } finally {
    setLanguage('en');
  }
}

/** The shape of a message: each argument with its kind, and each plural's or choice's branches. */
function shapeOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return [
        `${element.value}:${element.type}:${Object.keys(element.options).join('|')}`,
        ...Object.values(element.options).flatMap((option) => shapeOf(option.value)),
      ];
    return [`${element.value}:${element.type}`];
  });
}

/** Messages that read the same in both languages: names, and words French shares with English. */
const sameInBothLanguages = new Set<MessageKey>([
  'clio.refused',
  'sync_view.resource_records',
  'summary.link_description',
  'settings.client_unnamed',
  'options.language_en',
  'options.language_fr_ca',
  'bill_panel.field_client',
  'bill_panel.field_total',
  'bill_panel.applied_date',
  'bill_panel.clio_payments',
  'bill_panel.send_message',
  'collections.column_client',
  'collections.column_total',
  'mailing.column_note',
  'mailing.message',
  'mailing.pause',
]);

describe('the Canadian French catalogue', () => {
  it('has exactly the English keys: none missing, none the product does not know', () => {
    expect(Object.keys(frCA).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(messageKeys)(
    '%s names the same arguments, plurals and choices as in English',
    (key: MessageKey) => {
      expect(shapeOf(parse(frCA[key])).sort()).toEqual(shapeOf(parse(en[key])).sort());
      const values = Object.fromEntries(argumentsOf(parse(frCA[key])));
      expect(inFrench(key, values)).not.toMatch(/[{}]/);
    },
  );

  it('is translated: a message reads as in English only where French says it the same way', () => {
    const untranslated = messageKeys.filter((key) => frCA[key] === en[key] && !sameInBothLanguages.has(key));
    expect(untranslated).toEqual([]);
  });

  it('has no straight apostrophe, which ICU takes for a quote and would swallow text with', () => {
    expect(Object.entries(frCA).filter(([, message]) => message.includes("'"))).toEqual([]);
  });

  it('says one and many as French does: zero and one are singular, thousands grouped by a space', () => {
    expect(inFrench('links.description', { count: 1 })).not.toBe(inFrench('links.description', { count: 2 }));
    expect(inFrench('extension.badge_overdue', { count: 0 })).toBe(
      inFrench('extension.badge_overdue', { count: 1 }).replace('1', '0'),
    );
    expect(inFrench('extension.badge_overdue', { count: 1234 })).toMatch(/1\u00a0234/);
  });
});

describe('a message missing a value', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still shows its sentence, gap and all, rather than failing the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(t('links.too_many_bills', { max: 10 })).toBe(
      'A payment link can cover at most {max} bills; {count} are chosen.',
    );
  });
});
