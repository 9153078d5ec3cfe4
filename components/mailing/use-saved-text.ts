import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before what was typed is saved. */
const SAVE_AFTER_MS = 400;

/**
 * A text field's value kept as the user types and saved shortly after they pause, at once when they
 * leave the field, and before the field goes away. What the background reads back replaces it only
 * while the field is not being edited, so an update from another window never undoes a keystroke.
 */
export function useSavedText(saved: string, save: (text: string) => Promise<void>) {
  const [text, setText] = useState(saved);
  const editing = useRef(false);
  const unsaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!editing.current) setText(saved);
  }, [saved]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (unsaved.current !== null) void saveRef.current(unsaved.current);
    unsaved.current = null;
  }, []);
  useEffect(() => flush, [flush]);

  return {
    value: text,
    onFocus: () => {
      editing.current = true;
    },
    onChange: (next: string) => {
      setText(next);
      unsaved.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_AFTER_MS);
    },
    onBlur: () => {
      editing.current = false;
      flush();
    },
  };
}
