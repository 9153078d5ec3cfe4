import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageApplied, onLanguageChanged } from '../i18n/language-choice';
import { currentLanguage, type MessageKey, t } from '../i18n/text';

/**
 * Mounts an extension page's React tree into its #root element, in the user's language, and draws
 * it again in the new one when the user changes it in the options page.
 */
export async function mountPage(page: () => ReactNode, title: MessageKey): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  await languageApplied();
  const root = createRoot(container);
  const draw = () => {
    document.documentElement.lang = currentLanguage();
    document.title = t(title);
    // A new key builds the tree anew: every word is drawn again in the new language.
    root.render(<StrictMode key={currentLanguage()}>{page()}</StrictMode>);
  };
  draw();
  onLanguageChanged(draw);
}
