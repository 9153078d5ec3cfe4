import { type ClioElementName, describeClioElement } from '../clio/page-elements';

/**
 * One part of Clio's own page. Clio's DOM is not public: each selector was written against the
 * sandbox replica (tests/sandbox/web), which follows Clio's help pages, and is tested against it.
 */
export interface ClioElement {
  name: ClioElementName;
  selector: string;
  /** Only elements whose text is exactly this (buttons are told apart by their labels). */
  text?: string;
}

/** What the element is called in a message a user sees when it is missing. */
export const describe = (target: ClioElement) => describeClioElement(target.name);

/** The element on the page now, if there is one. */
export function queryClio<E extends Element = HTMLElement>(
  target: ClioElement,
  root: ParentNode = document,
): E | null {
  for (const element of root.querySelectorAll<E>(target.selector)) {
    if (target.text === undefined || element.textContent?.trim() === target.text) return element;
  }
  return null;
}
