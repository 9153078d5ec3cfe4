import { mulberry32, type Random } from '../support/prng.ts';

export const FAULT_KINDS = [
  '403',
  '404',
  '429',
  '500',
  '502',
  '503',
  'reset',
  'timeout',
  'truncated',
  'malformed',
  'omitted',
  'latency',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** Probability 0..1 that a matching request gets this fault. */
  rate: number;
  latencyMs?: number;
  /** Substring or regular expression source matched against the request path. */
  path?: string;
  /**
   * `Retry-After` sent with a 429, 500, 502 or 503, as given (seconds, an HTTP date, or anything);
   * an empty one leaves the header out. A 429 says 1 second when this is not set.
   */
  retryAfter?: string;
  /** `html`: the error comes as a proxy's HTML page, not as Clio's JSON. */
  body?: 'html';
  /** For `omitted`: the field the answer's records leave out. */
  field?: string;
}

export class FaultConfigError extends Error {}

function parseFault(value: unknown): Fault {
  if (typeof value !== 'object' || value === null) throw new FaultConfigError('each fault must be an object');
  const { kind, rate, latencyMs, path, retryAfter, body, field } = value as Record<string, unknown>;
  if (!FAULT_KINDS.includes(kind as FaultKind))
    throw new FaultConfigError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  if (typeof rate !== 'number' || rate < 0 || rate > 1)
    throw new FaultConfigError('rate must be a number from 0 to 1');
  if (latencyMs !== undefined && (typeof latencyMs !== 'number' || latencyMs < 0)) {
    throw new FaultConfigError('latencyMs must be a non-negative number');
  }
  if (path !== undefined && typeof path !== 'string') throw new FaultConfigError('path must be a string');
  if (retryAfter !== undefined && typeof retryAfter !== 'string') {
    throw new FaultConfigError('retryAfter must be a string');
  }
  if (body !== undefined && body !== 'html') throw new FaultConfigError('body must be "html"');
  if (kind === 'omitted' && (typeof field !== 'string' || field === '')) {
    throw new FaultConfigError('an omitted fault names its field');
  }
  return {
    kind: kind as FaultKind,
    rate,
    latencyMs,
    path,
    retryAfter,
    body,
    field: field as string | undefined,
  };
}

function pathMatcher(path: string | undefined): (requestPath: string) => boolean {
  if (path === undefined || path === '') return () => true;
  try {
    const pattern = new RegExp(path);
    return (requestPath) => pattern.test(requestPath);
  } catch {
    return (requestPath) => requestPath.includes(path);
  }
}

/** Which faults are on, decided per request by a seeded generator so a run can be replayed. */
export class FaultInjector {
  private faults: Array<Fault & { matches: (path: string) => boolean }> = [];
  private random: Random = mulberry32(1);
  private seed = 1;

  configure(body: unknown): void {
    const { faults, seed } = (body ?? {}) as { faults?: unknown; seed?: unknown };
    if (!Array.isArray(faults)) throw new FaultConfigError('faults must be an array');
    if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed))) {
      throw new FaultConfigError('seed must be an integer');
    }
    this.faults = faults.map(parseFault).map((fault) => ({ ...fault, matches: pathMatcher(fault.path) }));
    this.seed = seed ?? 1;
    this.random = mulberry32(this.seed);
  }

  clear(): void {
    this.faults = [];
  }

  get active(): { seed: number; faults: Fault[] } {
    return { seed: this.seed, faults: this.faults.map(({ matches: _matches, ...fault }) => fault) };
  }

  /** The first configured fault that fires for this path; every matching fault draws one number. */
  decide(path: string): Fault | null {
    let chosen: Fault | null = null;
    for (const fault of this.faults) {
      if (!fault.matches(path)) continue;
      const fires = this.random() < fault.rate;
      if (fires && !chosen) chosen = fault;
    }
    return chosen;
  }
}
