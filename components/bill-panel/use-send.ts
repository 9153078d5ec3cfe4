import { useCallback, useEffect, useState } from 'react';
import type { RequestOf, SendView } from '@/lib/messaging/protocol';
import { RemitError } from '@/lib/messaging/remit-error';
import { sendMessage } from '@/lib/messaging/send';

const finished: SendView['state'][] = ['confirmed', 'unconfirmed', 'failed'];

/** The bill's latest send, followed until Clio confirms it or it is reported as not confirmable. */
export function useSend(billId: number, onFinished: () => void) {
  const [send, setSend] = useState<SendView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = async () => {
      const latest = await sendMessage('getSend', { billId }).catch(() => null);
      if (!live) return;
      setSend((previous) => {
        if (latest && previous && !finished.includes(previous.state) && finished.includes(latest.state))
          onFinished();
        return latest;
      });
      if (latest && !finished.includes(latest.state)) timer = setTimeout(follow, 500);
    };
    void follow();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [billId, send?.id, onFinished]);

  const start = useCallback(
    async (request: Omit<RequestOf<'queueSend'>, 'billId'>) => {
      setError(null);
      try {
        setSend(await sendMessage('queueSend', { billId, ...request }));
      } catch (caught) {
        setError(caught instanceof RemitError ? caught.message : 'Remit could not start the send.');
      }
    },
    [billId],
  );

  return { send, error, start, sending: send !== null && !finished.includes(send.state) };
}
