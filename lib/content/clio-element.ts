import { type ClioElementName, describeClioElement } from '../clio/page-elements';

/**
 * One part of Clio's own page. Clio's DOM is not public: each selector was written against the
 * sandbox replica (tests/sandbox/web), which follows Clio's help pages, and is tested against it.
 */
export interface ClioElement {
  name: ClioElementName;
  selector: string;
  /**
   * Only elements whose text is exactly one of these: Clio's label in each language it is used in.
   * Buttons are told apart by their labels where Clio gives them no other mark.
   */
  labels?: Readonly<Record<ClioLanguage, string>>;
}

/** The languages Clio's interface is read in: a Quebec firm works in Clio's French. */
export type ClioLanguage = 'en' | 'fr';

/** What the element is called in a message a user sees when it is missing. */
export const describe = (target: ClioElement) => describeClioElement(target.name);

/** The element on the page now, if there is one. */
export function queryClio<E extends Element = HTMLElement>(
  target: ClioElement,
  root: ParentNode = document,
): E | null {
  const labels = target.labels && Object.values(target.labels);
  for (const element of root.querySelectorAll<E>(target.selector)) {
    if (!labels || labels.includes(element.textContent?.trim() ?? '')) return element;
  }
  return null;
}
