import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before what was typed is saved. */
const SAVE_AFTER_MS = 400;

/**
 * A text field's value kept as the user types and saved shortly after they pause, at once when they
 * leave the field, before the field goes away and before the page is closed. What the background
 * reads back replaces it only when nothing typed is waiting to be saved and it is not the echo of an
 * older save, so an update never undoes a keystroke.
 */
export function useSavedText(saved: string, save: (text: string) => Promise<void>) {
  const [text, setText] = useState(saved);
  const editing = useRef(false);
  const unsaved = useRef<string | null>(null);
  /** The last text handed to `save`, until the background reads it back. */
  const inFlight = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (inFlight.current !== null) {
      // An older save's echo is not news; the read of the latest save is.
      if (saved !== inFlight.current) return;
      inFlight.current = null;
    }
    if (!editing.current && unsaved.current === null) setText(saved);
  }, [saved]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (unsaved.current === null) return;
    inFlight.current = unsaved.current;
    void saveRef.current(unsaved.current);
    unsaved.current = null;
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

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
