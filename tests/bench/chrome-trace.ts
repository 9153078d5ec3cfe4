import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  ts: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/** Records a Chrome performance trace of one page while `work` runs, and returns its events. */
export async function traceEvents(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] },
  });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Main-thread milliseconds spent running one script: its top-level evaluation and every callback it
 * registered, counted once each (nested events of the same script are not added twice).
 */
export function scriptMainThreadMs(events: TraceEvent[], scriptUrl: string): number {
  const spans = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .filter((event) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run'].includes(event.name))
    .filter((event) => (event.args?.data?.url ?? event.args?.data?.scriptName ?? '') === scriptUrl)
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    const end = span.ts + (span.dur ?? 0);
    if (end <= coveredUntil) continue;
    total += end - Math.max(span.ts, coveredUntil);
    coveredUntil = end;
  }
  return total / 1000;
}
