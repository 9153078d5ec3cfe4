import { useEffect, useState } from 'react';
import { sayError } from '@/lib/error-text';
import type { MailingView } from '@/lib/mailing/messages';
import { readOnUpdates } from '@/lib/messaging/updates';
import { sendMessage } from '@/lib/send-message';

export interface Review {
  /** Undefined until read; null when no review is under way. */
  review: MailingView | null | undefined;
  error: string | null;
}

/** The review under way, read again whenever it, its bills or the clients' addresses change. */
export function useReview(): Review {
  const [state, setState] = useState<Review>({ review: undefined, error: null });
  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      sendMessage('currentMailing', {}).then(
        ({ mailing }) => stop.signal.aborted || setState({ review: mailing, error: null }),
        (error) =>
          stop.signal.aborted ||
          setState((before) => ({ ...before, error: sayError(error, 'mailing.unreadable') })),
      );
    readOnUpdates(['mailings', 'bills'], read, stop.signal);
    return () => stop.abort();
  }, []);
  return state;
}

export type MailingSummary = Pick<MailingView, 'state' | 'pausedBecause' | 'progress'>;

/**
 * The state and progress of the latest mailing, so the bills' view can offer to go back to it and the
 * popup can show a run; null when none. Its own small question: neither reads the envelopes.
 */
export function useMailingState(): MailingSummary | null {
  const [state, setState] = useState<MailingSummary | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      sendMessage('mailingState', {}).then(
        (answer) => stop.signal.aborted || setState(answer.mailing),
        // Only an offer to go back: without an answer, none is made.
        () => undefined,
      );
    readOnUpdates(['mailings'], read, stop.signal);
    return () => stop.abort();
  }, []);
  return state;
}
