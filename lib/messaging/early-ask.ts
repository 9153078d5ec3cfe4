import { browser } from 'wxt/browser';

/**
 * An extension page can ask the background before its own bundle has loaded: a tiny script at the top
 * of the page sends the question, and the page takes the pending answer once React and the schemas
 * are ready, instead of asking only then. The answer is validated as any other (see send.ts).
 */
const PENDING = Symbol.for('remit.earlyAnswers');

/** An answer asked early, or null once the page took it or asked for itself. */
type Pending = Partial<Record<string, Promise<unknown> | null>>;

function pending(): Pending {
  const global = globalThis as { [PENDING]?: Pending };
  global[PENDING] ??= {};
  return global[PENDING];
}

/** Only for messages whose request is empty: nothing from the page goes out before it has loaded. */
export function askEarly(name: string): void {
  // The script loads without holding up the page: arriving after the page asked, it has nothing to do.
  if (pending()[name] === null) return;
  const answer = browser.runtime.sendMessage({ name, request: {} });
  // Whoever takes the answer sees a failure; one never taken must not surface as unhandled.
  answer.catch(() => undefined);
  pending()[name] = answer;
}

/** The answer asked early, once: later asks go through sendMessage, and nothing is asked early after. */
export function takeEarlyAnswer(name: string): Promise<unknown> | undefined {
  const answer = pending()[name] ?? undefined;
  pending()[name] = null;
  return answer;
}
