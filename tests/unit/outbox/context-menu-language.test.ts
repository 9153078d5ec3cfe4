import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerContextMenu } from '@/entrypoints/background/context-menu';
import { saveLanguageChoice } from '@/lib/i18n/language-choice';

it('names the context menu’s items in the language the user chose, as Remit is installed or updated', async () => {
  await saveLanguageChoice('fr-CA');
  const titles: unknown[] = [];
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((properties: { title?: string }) => {
    titles.push(properties.title);
    return 'item';
  }) as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);

  registerContextMenu();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });

  await vi.waitFor(() =>
    expect(titles).toEqual(['Envoyer au portail client', 'Réviser et envoyer dans Remit']),
  );
});
