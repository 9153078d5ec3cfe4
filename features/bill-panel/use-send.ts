import { useCallback, useEffect, useRef, useState } from 'react';
import { RemitError } from '@/lib/errors';
import type { SendView } from '@/lib/outbox/messages';
import { isUnderWay, mayStillPress } from '@/lib/outbox/send-phases';
import { type RequestOf, type ResponseOf, sendMessage } from '@/lib/protocol';

const FOLLOW_EVERY_MS = 1000;
const RECHECK_AT_MOST_MS = 8000;

/**
 * The bill's latest send, followed while it moves on its own. When the background cannot be asked (its
 * worker is starting again), the last known state stays on screen, marked as being rechecked.
 */
export function useSend(billId: number, onSettled: () => void) {
  const [send, setSend] = useState<SendView | null>(null);
  const [rechecking, setRechecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const settledCallback = useRef(onSettled);
  settledCallback.current = onSettled;
  const previous = useRef<SendView | null>(null);

  // A send that stops moving on its own has settled: the figures are checked again.
  useEffect(() => {
    const before = previous.current;
    previous.current = send;
    if (send && before?.id === send.id && isUnderWay(before) && !isUnderWay(send)) settledCallback.current();
  }, [send]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new send (a new id) starts following again.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const follow = async () => {
      let latest: SendView | null;
      try {
        latest = await sendMessage('getSend', { billId });
        failures = 0;
      } catch {
        if (!live) return;
        failures += 1;
        setRechecking(true);
        timer = setTimeout(follow, Math.min(RECHECK_AT_MOST_MS, FOLLOW_EVERY_MS * 2 ** failures));
        return;
      }
      if (!live) return;
      setRechecking(false);
      setSend(latest);
      // A send Remit looks for on an alarm moves in minutes, not seconds: looked at less often.
      if (latest && isUnderWay(latest))
        timer = setTimeout(follow, latest.state === 'unconfirmed' ? FOLLOW_EVERY_MS * 5 : FOLLOW_EVERY_MS);
    };
    void follow();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [billId, send?.id]);

  const start = useCallback(
    async (request: Omit<RequestOf<'queueSend'>, 'billId'>): Promise<ResponseOf<'queueSend'> | null> => {
      setError(null);
      try {
        const started = await sendMessage('queueSend', { billId, ...request });
        setSend(started);
        return started;
      } catch (caught) {
        setError(caught instanceof RemitError ? caught.message : 'Remit could not start the send.');
        return null;
      }
    },
    [billId],
  );

  /** A send that may still press Send bill: the form stays as it is until it settles. */
  return { send, rechecking, error, start, sending: send !== null && mayStillPress(send) };
}
