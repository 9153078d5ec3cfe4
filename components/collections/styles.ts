/** A form control that reads well in light and dark mode, with a visible keyboard focus ring. */
export const field =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 dark:focus-visible:outline-sky-300';

/** Fixed, so the table can place any row without measuring it. */
export const ROW_HEIGHT = 36;
