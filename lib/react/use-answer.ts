import { useEffect, useState } from 'react';
import { readOnUpdates, type UpdateTopic } from '../messaging/updates';
import type { MessageName, RequestOf, ResponseOf } from '../protocol';
import { sendMessage } from '../send-message';

/** The messages asked with an empty request. */
type AskedWithNothing = {
  [N in MessageName]: Record<string, never> extends RequestOf<N> ? N : never;
}[MessageName];

/**
 * The background's answer to `name`, asked as the component mounts and again whenever one of
 * `topics` changes; undefined until the first answer. A failed ask keeps the last answer: what this
 * shows stands beside a page's own figures, never in their way.
 */
export function useAnswer<N extends AskedWithNothing>(
  name: N,
  ...topics: UpdateTopic[]
): ResponseOf<N> | undefined {
  const [answer, setAnswer] = useState<ResponseOf<N>>();
  // One dependency for the topics, as callers write them out anew on each render.
  const topicList = topics.join(' ');
  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      // An empty request is one of these messages' requests, as `AskedWithNothing` checks.
      sendMessage(name, {} as RequestOf<N>).then(
        (value) => stop.signal.aborted || setAnswer(value),
        () => undefined,
      );
    readOnUpdates(topicList.split(' ') as UpdateTopic[], read, stop.signal);
    return () => stop.abort();
  }, [name, topicList]);
  return answer;
}
