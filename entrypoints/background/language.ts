import { repaintBadge } from '@/lib/badge/toolbar-badge';
import { languageApplied, onLanguageChanged } from '@/lib/i18n/language-choice';
import { retitleContextMenu } from './context-menu';

/**
 * The background's own words (notifications, the badge's title, the context menu) in the language the
 * user chose; until it is read, in the browser's.
 */
export function followLanguage(): void {
  void languageApplied();
  onLanguageChanged(() => {
    void Promise.all([retitleContextMenu(), repaintBadge()]).catch((error) =>
      console.error('Remit: the toolbar was not redrawn in the new language', error),
    );
  });
}
