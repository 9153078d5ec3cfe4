import { cpus } from 'node:os';

/** The cores a figure's CPU time is shared among: the browser, Remit's worker and the sandbox alike. */
export const CORES = cpus().length;

/**
 * Seconds of CPU the whole machine has spent busy so far, on every core. Read before and after a step,
 * it tells how much work the step took whichever process did it, which its time alone does not.
 */
export function busyCpuSeconds(): number {
  return cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0) / 1000;
}
