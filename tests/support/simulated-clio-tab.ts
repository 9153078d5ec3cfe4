import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DriveSendDialog } from '@/lib/outbox/messages';
import { recordOutcome, recordPressing } from '../../lib/outbox/send-outbox';
import type { Sandbox } from '../sandbox/server';

export type TabBehaviour =
  /** Fills the dialog, presses Send bill, and reports what Clio answered. */
  | 'sends'
  /** Presses Send bill, says Clio closed its dialog, but Clio never got the send. */
  | 'claims-but-clio-never-got-it'
  /** Goes away before pressing Send bill. */
  | 'goes-away';

export interface SimulatedTab {
  /** Every request the background made of the tab. */
  asked: DriveSendDialog[];
  /** Settles once the tab has done what it was asked. */
  done(): Promise<void>;
}

/**
 * Stands in for Remit's content script in a Clio tab, for unit tests of sends: it answers the
 * background's `driveSendDialog` and does what the content script does with Clio's dialog, against the
 * in-process sandbox's replica (a real POST of the send), telling the background as the content
 * script would. A latency fault on the sandbox's `/nc/data/bills/…/send` holds Clio's answer.
 */
export function simulateClioTab(sandbox: Sandbox, behaviour: TabBehaviour = 'sends'): SimulatedTab {
  const asked: DriveSendDialog[] = [];
  const work: Promise<void>[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId, message) => {
    const { request } = message as { request: DriveSendDialog };
    asked.push(request);
    work.push(perform(sandbox, request, behaviour));
    return { ok: true, value: { started: true } };
  });
  return { asked, done: async () => void (await Promise.all(work)) };
}

async function perform(sandbox: Sandbox, request: DriveSendDialog, behaviour: TabBehaviour): Promise<void> {
  // The content script's own turn, after the background's answer was delivered.
  await new Promise((resolve) => setTimeout(resolve, 10));
  if (behaviour === 'goes-away') return;
  if (!(await recordPressing(request.sendId))) return;
  if (behaviour === 'claims-but-clio-never-got-it') {
    await recordOutcome(request.sendId, { kind: 'submitted' });
    return;
  }
  const response = await fetch(`${sandbox.url}/nc/data/bills/${request.billId}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ portal: request.portal, email: request.email, message: request.message }),
  });
  const body = (await response.json()) as { error?: { message?: string } };
  await recordOutcome(
    request.sendId,
    response.ok ? { kind: 'submitted' } : { kind: 'refused', clioMessage: body.error?.message ?? '' },
  );
}
