import { type FormEvent, useEffect, useRef, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/send-message';
import { type Settings, settingsSchema } from '@/lib/settings/settings-schema';
import type { SaveNote } from './save-row';

/**
 * A settings form over `fields`: the settings as read, the user's edits, and a save that checks the
 * fields and writes only them, so saving one form never undoes an unsaved edit of another. `onSaved`
 * tells the page of a save; a new `reload` reads the settings again under the edits not yet saved.
 */
export function useSettingsForm(
  fields: readonly (keyof Settings)[],
  { onSaved, reload = 0 }: { onSaved?: () => void; reload?: number } = {},
) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [note, setNote] = useState<SaveNote | null>(null);
  const edits = useRef<Partial<Settings>>({});

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` is what asks to read them again.
  useEffect(() => {
    let live = true;
    sendMessage('getSettings', {}).then(
      (read) => live && setSettings({ ...read, ...edits.current }),
      () => live && setNote({ text: t('options.settings_unreadable'), problem: true }),
    );
    return () => {
      live = false;
    };
  }, [reload]);

  const edit = (changes: Partial<Settings>) => {
    edits.current = { ...edits.current, ...changes };
    setSettings((before) => before && { ...before, ...changes });
    setNote(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (settings === undefined) return;
    for (const field of fields) {
      const checked = settingsSchema.shape[field].safeParse(settings[field]);
      if (!checked.success) {
        setNote({ text: checked.error.issues[0]?.message ?? t('options.template_invalid'), problem: true });
        return;
      }
    }
    try {
      const current = await sendMessage('getSettings', {});
      const edited = Object.fromEntries(fields.map((field) => [field, settings[field]]));
      const saved = await sendMessage('saveSettings', { ...current, ...edited });
      for (const field of fields) delete edits.current[field];
      setSettings({ ...saved, ...edits.current });
      setNote({ text: t('options.template_saved'), problem: false });
      onSaved?.();
    } catch (error) {
      setNote({ text: sayError(error, 'options.template_not_saved'), problem: true });
    }
  };

  return { settings, note, edit, save };
}
