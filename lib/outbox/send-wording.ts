import { describeClioElement } from '../clio/page-elements';
import type { SendProblem } from '../db/records/outbox-entry';
import type { SendView } from './messages';

/** Why a send was not sent, in a clerk's words; Clio's own words where Clio gave a reason. */
export function notSentReason(problem: SendProblem | null): string {
  switch (problem?.code) {
    case 'clio_refused':
      return problem.clioMessage || 'Clio refused the send without saying why.';
    case 'tab_closed':
      return 'the Clio tab closed, reloaded or moved on before Send bill was pressed.';
    case 'page_changed': {
      const element = problem.element ? describeClioElement(problem.element) : undefined;
      return `Clio’s page changed; Remit could not find ${element ?? 'what it needs on it'}.`;
    }
    case 'send_unavailable':
      return 'Clio did not offer Send for this bill just now.';
    case 'remit_stopped':
      return 'Remit stopped before Send bill was pressed.';
    default:
      return 'nothing was sent.';
  }
}

/** The send's state as one line, and a second line where there is more to say. */
export function sendWording(send: SendView): { headline: string; detail: string | null } {
  switch (send.state) {
    case 'queued':
    case 'in_dialog':
      return { headline: 'Sending through Clio’s Send dialog…', detail: null };
    case 'pressed':
      return send.submittedAt === null
        ? { headline: 'Send bill pressed in Clio; waiting for Clio…', detail: null }
        : { headline: 'Sent in Clio; confirming with Clio…', detail: null };
    case 'confirmed':
      return { headline: 'Sent, and confirmed by Clio', detail: null };
    case 'failed':
      return { headline: `Not sent: ${notSentReason(send.problem)}`, detail: 'You can send it again.' };
    case 'unconfirmed':
      if (send.checking) {
        return {
          headline: 'Not confirmed yet: Clio does not show the send so far',
          detail: 'Remit keeps looking, and says so here once Clio shows it.',
        };
      }
      return {
        headline: 'Send not confirmed',
        detail:
          send.problem?.code === 'check_failed'
            ? `Clio could not be asked: ${send.problem.clioMessage ?? ''} Check the bill in Clio before sending it again.`
            : 'Clio does not show the send. Check the bill in Clio before sending it again.',
      };
  }
}

/** A notification's words for a send the context menu started, once it settles. */
export function sendNotice(
  billNumber: string,
  send: Pick<SendView, 'state' | 'problem' | 'portal' | 'checking'>,
): { title: string; message: string } {
  switch (send.state) {
    case 'confirmed':
      return {
        title: `Bill ${billNumber} sent`,
        message: send.portal ? 'Clio shows it shared to the client portal.' : 'Clio shows it sent.',
      };
    case 'failed':
      return { title: `Bill ${billNumber} not sent`, message: `Not sent: ${notSentReason(send.problem)}` };
    default:
      return {
        title: `Bill ${billNumber}: send not confirmed yet`,
        message: send.checking
          ? 'Clio does not show the send so far. Remit keeps looking; check the bill in Clio before sending it again.'
          : 'Clio does not show the send. Check the bill in Clio before sending it again.',
      };
  }
}
