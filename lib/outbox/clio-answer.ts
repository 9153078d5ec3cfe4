/**
 * How long the tab waits for Clio's dialog to answer Send bill (close, or show an error) before it
 * reports no answer; a run waits as long for it before going on. Apart from the messages: the page's
 * bundle carries no schemas.
 */
export const CLIO_ANSWER_MS = 30_000;
