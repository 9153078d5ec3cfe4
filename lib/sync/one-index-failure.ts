import { RemitError } from '../errors';

const GATEWAY_ERRORS = new Set([502, 503, 504]);

/**
 * An error Clio answered on one index past every retry (an internal server error, an answer Remit
 * cannot read), where the others may well answer. A gateway's error (502 to 504), or no answer in
 * time, is one index's too once another index came in this run: Clio is up, and a heavy index is
 * what its gateway gives up on; before that it is Clio unavailable. Clio out of reach, still
 * limiting the rate after every wait, or refusing the sign-in stops the whole run.
 */
export function failsOneIndex(error: unknown, clioAnswers: boolean): error is RemitError {
  if (!(error instanceof RemitError)) return false;
  const { status, problem } = error.text.values ?? {};
  if (error.code === 'clio') return status !== 429;
  if (error.code !== 'network') return false;
  if (problem === 'timed_out') return clioAnswers;
  if (problem !== 'status') return false;
  return status === 500 || (clioAnswers && GATEWAY_ERRORS.has(Number(status)));
}
