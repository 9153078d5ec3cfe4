/** A keyboard focus ring that stays visible in light and dark mode. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-sky-300';

/** Secondary text with enough contrast in both modes. */
export const quiet = 'text-slate-600 dark:text-slate-300';

/** Links out to Clio open in a new tab: the popup closes as soon as focus leaves it. */
export const newTab = { target: '_blank', rel: 'noreferrer' } as const;
