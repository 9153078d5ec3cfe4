import { Fragment } from 'react';
import { type MessageKey, type MessageValues, t } from '@/lib/i18n/text';

/** A name's place in the filled-in message: private-use characters, which no message holds. */
const place = (index: number) => `\uE000${index}\uE001`;
const places = /\uE000(\d+)\uE001/;

/**
 * A message whose string arguments (a client's name, a bill's number, a matter) each sit in their own
 * `<bdi>`: a name written right to left, or holding a direction override, is laid out on its own and
 * cannot reorder the words around it. Counts and wrapped messages are filled in as `t` fills them.
 */
export function TextWithNames({ id, values }: { id: MessageKey; values: MessageValues }) {
  const names: string[] = [];
  const placed = Object.fromEntries(
    Object.entries(values).map(([argument, value]) => {
      if (typeof value !== 'string') return [argument, value];
      names.push(value);
      return [argument, place(names.length - 1)];
    }),
  );
  // split() with a group gives the text between places at even indices, each place's index at odd ones.
  return t(id, placed)
    .split(places)
    .map((part, index) =>
      index % 2 === 1 ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never move.
        <bdi key={index}>{names[Number(part)]}</bdi>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never move.
        <Fragment key={index}>{part}</Fragment>
      ),
    );
}
