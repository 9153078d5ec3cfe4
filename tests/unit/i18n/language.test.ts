import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BillView } from '@/lib/bills/bill-view';
import { formatDate } from '@/lib/format';
import { applyLanguageChoice, onLanguageChanged, saveLanguageChoice } from '@/lib/i18n/language-choice';
import { formattingLocale, languageOf } from '@/lib/i18n/languages';
import { currentLanguage, setLanguage, t } from '@/lib/i18n/text';
import { formatMoney, type MinorUnits } from '@/lib/money';
import { messageFor } from '@/lib/outbox/message-template';
import { loadSettings } from '@/lib/settings/settings';

const englishBrowser = () => vi.stubGlobal('navigator', { language: 'en-US' });

describe('the language Remit speaks', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.unstubAllGlobals();
    setLanguage('en');
  });

  it('is Canada’s French for any French browser, English for every other', () => {
    expect(['fr', 'fr-CA', 'fr-FR', 'FR-be'].map(languageOf)).toEqual(['fr-CA', 'fr-CA', 'fr-CA', 'fr-CA']);
    expect(['en-US', 'en-GB', 'de-DE', 'es'].map(languageOf)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('writes figures as Quebec does in French, and as the browser’s own English in English', () => {
    expect(formattingLocale('fr-CA', 'en-US')).toBe('fr-CA');
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('en', 'fr-CA')).toBe('en');
    expect(formattingLocale('en', 'de-DE')).toBe('en');
  });

  it('follows the browser until the user chooses, then the choice, in words, money and dates', async () => {
    englishBrowser();
    expect(await applyLanguageChoice()).toBe('en');
    expect(t('popup.sync')).toBe('Sync');
    expect(formatMoney(123456 as MinorUnits, 'CAD')).toBe('CA$1,234.56');

    await saveLanguageChoice('fr-CA');
    expect(await applyLanguageChoice()).toBe('fr-CA');
    expect(t('popup.sync')).toBe('Synchroniser');
    expect(formatMoney(123456 as MinorUnits, 'CAD')).toBe('1\u00a0234,56\u00a0$');
    expect(formatMoney(123456 as MinorUnits, 'USD')).toBe('1\u00a0234,56\u00a0$\u00a0US');
    expect(formatDate('2026-09-18')).toBe('18 sept. 2026');
  });

  it('reads a stored choice it does not know as the browser’s language', async () => {
    englishBrowser();
    await fakeBrowser.storage.local.set({ language: 'klingon' });
    expect(await applyLanguageChoice()).toBe('en');
    expect(t('popup.sync')).toBe('Sync');
  });

  it('tells open pages of a new choice, already in force when they draw again', async () => {
    englishBrowser();
    const drawn: string[] = [];
    const stop = onLanguageChanged((language) => drawn.push(`${language}: ${t('popup.sync')}`));
    await saveLanguageChoice('fr-CA');
    await vi.waitFor(() => expect(drawn).toEqual(['fr-CA: Synchroniser']));
    await saveLanguageChoice('browser');
    await vi.waitFor(() => expect(drawn).toEqual(['fr-CA: Synchroniser', 'en: Sync']));
    stop();
    expect(currentLanguage()).toBe('en');
  });

  it('sends bills with the messages of the language chosen, until the firm writes its own', async () => {
    englishBrowser();
    const bill: BillView = {
      id: 7,
      number: '1007',
      state: 'awaiting_payment',
      kind: 'revenue_kind',
      clientId: 7,
      clientName: 'Fatima Yilmaz',
      matterLabel: null,
      currencyCode: 'CAD',
      total: 834_349,
      paid: 0,
      balance: 834_349,
      pending: 0,
      issuedAt: '2026-08-19',
      dueAt: '2026-09-18',
      shared: false,
      lastSentAt: null,
      fetchedAt: 0,
    };
    expect(messageFor(await loadSettings(), bill)).toMatch(/^Dear .*bill 1007 for CA\$8,343\.49/s);
    await saveLanguageChoice('fr-CA');
    expect(messageFor(await loadSettings(), bill)).toMatch(
      /^Bonjour .*facture 1007 .*8\u00a0343,49\u00a0\$/s,
    );
  });
});
