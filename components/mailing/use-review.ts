import { useEffect, useState } from 'react';
import { sayError } from '@/lib/error-text';
import type { ReviewView } from '@/lib/mailing/messages';
import { onUpdates } from '@/lib/messaging/updates';
import { sendMessage } from '@/lib/protocol';

export interface Review {
  /** Undefined until read; null when no review is under way. */
  review: ReviewView | null | undefined;
  error: string | null;
}

/** The review under way, read again whenever it, its bills or the clients' addresses change. */
export function useReview(): Review {
  const [state, setState] = useState<Review>({ review: undefined, error: null });
  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      sendMessage('currentReview', {}).then(
        ({ review }) => stop.signal.aborted || setState({ review, error: null }),
        (error) =>
          stop.signal.aborted ||
          setState((before) => ({ ...before, error: sayError(error, 'mailing.unreadable') })),
      );
    onUpdates(['mailings', 'bills'], read, stop.signal);
    void read();
    return () => stop.abort();
  }, []);
  return state;
}

/** Whether a review is under way, so the bills view can offer to go back to it. */
export function useReviewUnderWay(): boolean {
  return Boolean(useReview().review);
}
