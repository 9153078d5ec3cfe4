import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/lib/i18n/en';
import { type MessageKey, t } from '@/lib/i18n/text';
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
    expect(messageKeys.filter((key) => !source.includes(`'${key}'`))).toEqual([]);
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

describe('a message missing a value', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still shows its sentence, gap and all, rather than failing the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(t('links.too_many_bills', { max: 10 })).toBe(
      'A payment link can cover at most {max} bills; {count} are chosen.',
    );
  });
});
