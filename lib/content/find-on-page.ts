import type { ClioElement } from './clio-element';
import { ElementMissingError, waitForElement } from './wait-for-element';

export interface Placement {
  element?: Element;
  /** Said to the user when Clio's page no longer has what Remit relies on. */
  problem?: string;
}

/** Waits for one of Clio's elements; a missing one becomes a plain message, never a silent failure. */
export async function findOnPage(target: ClioElement, signal: AbortSignal): Promise<Placement> {
  try {
    return { element: await waitForElement(target, signal) };
  } catch (error) {
    if (!(error instanceof ElementMissingError)) throw error;
    return { problem: error.message };
  }
}
