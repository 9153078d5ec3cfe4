import { useRef } from 'react';

/**
 * Gives the keyboard back to the button that opened a form, once the form is closed without acting
 * (Cancel, Escape). The form held the focus; removed, it would leave the keyboard at the top of
 * Clio's page.
 */
export function useFocusOnReturn() {
  const returning = useRef(false);
  return {
    /** Called as the form closes: the opener, drawn again, takes the focus. */
    closing: () => {
      returning.current = true;
    },
    /** The opener's ref. */
    opener: (button: HTMLButtonElement | null) => {
      if (!button || !returning.current) return;
      returning.current = false;
      button.focus();
    },
  };
}
