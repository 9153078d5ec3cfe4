import { useCallback, useEffect, useRef, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { onUpdates } from '@/lib/messaging/updates';
import type { SendView } from '@/lib/outbox/messages';
import { isUnderWay, mayStillPress } from '@/lib/outbox/send-phases';
import type { RequestOf, ResponseOf } from '@/lib/protocol';
import { sendMessage } from '@/lib/send-message';

const RECHECK_FIRST_MS = 1000;
const RECHECK_AT_MOST_MS = 8000;

/**
 * The bill's latest send, read again whenever the background reports a send moved. When the background
 * cannot be asked (its worker is starting again), the last known state stays on screen, marked as
 * being rechecked, and it is asked again.
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

  useEffect(() => {
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const read = async () => {
      clearTimeout(timer);
      let latest: SendView | null;
      try {
        latest = await sendMessage('getSend', { billId });
        failures = 0;
      } catch {
        if (stop.signal.aborted) return;
        failures += 1;
        setRechecking(true);
        timer = setTimeout(read, Math.min(RECHECK_AT_MOST_MS, RECHECK_FIRST_MS * 2 ** failures));
        return;
      }
      if (stop.signal.aborted) return;
      setRechecking(false);
      setSend(latest);
    };
    onUpdates(['sends'], () => void read(), stop.signal);
    void read();
    return () => {
      stop.abort();
      clearTimeout(timer);
    };
  }, [billId]);

  const start = useCallback(
    async (request: Omit<RequestOf<'queueSend'>, 'billId'>): Promise<ResponseOf<'queueSend'> | null> => {
      setError(null);
      try {
        const started = await sendMessage('queueSend', { billId, ...request });
        setSend(started);
        return started;
      } catch (caught) {
        setError(sayError(caught, 'bill_panel.send_not_started'));
        return null;
      }
    },
    [billId],
  );

  /** A send that may still press Send bill: the form stays as it is until it settles. */
  return { send, rechecking, error, start, sending: send !== null && mayStillPress(send) };
}
