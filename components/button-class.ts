/** The one button look of the extension pages, with a visible keyboard focus ring. */
export const buttonClass =
  'rounded-md px-3 py-1.5 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50';
