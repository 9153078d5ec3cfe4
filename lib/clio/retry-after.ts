/**
 * How long Clio asks to wait, in seconds: `Retry-After` as seconds or as a moment on Clio's clock
 * (read against the answer's own `Date`). Undefined when the answer does not say, or says it unreadably.
 */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const value = (headers.get('retry-after') ?? headers.get('retry-at') ?? '').trim();
  if (value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.max(seconds, 1);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  const clioNow = Date.parse(headers.get('date') ?? '');
  return Math.max((at - (Number.isNaN(clioNow) ? Date.now() : clioNow)) / 1000, 1);
}
