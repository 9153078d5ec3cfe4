import { useCallback, useEffect, useRef, useState } from 'react';
import type { BillFilter } from '@/lib/collections/bill-filter';
import type { BillRow } from '@/lib/collections/bill-row';
import type { BillSort } from '@/lib/collections/bill-sort';
import type { BillWindow } from '@/lib/collections/query-bills';
import { sayError } from '@/lib/error-text';
import { sendMessage } from '@/lib/send-message';

/** Rows asked for at a time: a few screens, so scrolling rarely waits. */
export const WINDOW_ROWS = 100;

export type BillFigures = Omit<BillWindow, 'rows'>;

export interface BillWindows {
  /** Undefined until the first answer. */
  figures?: BillFigures;
  error?: string;
  /** A new filter, sort or change of the bills is being read: the rows shown are the previous ones. */
  busy: boolean;
  rowAt(index: number): BillRow | undefined;
  /** Asks for the windows that hold rows `first` to `last`, if not already there. */
  show(first: number, last: number): void;
}

interface Loaded {
  figures: BillFigures;
  windows: ReadonlyMap<number, BillRow[]>;
}

/**
 * The bills a filter matches, read from the background a window at a time as the user scrolls. A new
 * filter, sort or `revision` reads again the windows on screen; older answers arriving late are dropped.
 */
export function useBillWindows(filter: BillFilter, sort: BillSort, revision: number): BillWindows {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(true);
  const generation = useRef(0);
  const asked = useRef(new Set<number>());
  // Windows answered for the current question, so one answered while the first ones are awaited is kept.
  const answered = useRef(new Map<number, BillRow[]>());
  const onScreen = useRef<number[]>([0]);
  const query = useRef({ filter, sort });
  query.current = { filter, sort };

  const read = useCallback((index: number) => {
    const { filter, sort } = query.current;
    return sendMessage('queryBills', { filter, sort, offset: index * WINDOW_ROWS, limit: WINDOW_ROWS });
  }, []);

  const fail = useCallback((error: unknown) => setError(sayError(error, 'collections.unreadable')), []);

  // A new question: the windows on screen are read again and replace what the last question held.
  const reread = useCallback(
    (windows: number[]) => {
      const current = ++generation.current;
      asked.current = new Set(windows);
      answered.current = new Map();
      setBusy(true);
      Promise.all(windows.map(read)).then((answers) => {
        if (current !== generation.current) return;
        const [first] = answers;
        if (!first) return;
        const { rows: _, ...figures } = first;
        for (const [at, answer] of answers.entries()) answered.current.set(windows[at] ?? 0, answer.rows);
        setLoaded({ figures, windows: new Map(answered.current) });
        setError(undefined);
        setBusy(false);
      }, fail);
    },
    [read, fail],
  );

  // A new filter or sort starts at the top; new data keeps the user where they are.
  const asking = useRef<{ filter?: BillFilter; sort?: BillSort; revision?: number }>({});
  useEffect(() => {
    const before = asking.current;
    if (before.filter === filter && before.sort === sort && before.revision === revision) return;
    const moved = before.filter !== filter || before.sort !== sort;
    asking.current = { filter, sort, revision };
    reread(moved ? [0] : onScreen.current);
  }, [filter, sort, revision, reread]);

  const show = useCallback(
    (first: number, last: number) => {
      const windows: number[] = [];
      for (let index = Math.floor(first / WINDOW_ROWS); index <= Math.floor(last / WINDOW_ROWS); index++)
        windows.push(index);
      onScreen.current = windows;
      const current = generation.current;
      for (const index of windows) {
        if (asked.current.has(index)) continue;
        asked.current.add(index);
        read(index).then((answer) => {
          if (current !== generation.current) return;
          answered.current.set(index, answer.rows);
          setLoaded(
            (before) => before && { ...before, windows: new Map(before.windows).set(index, answer.rows) },
          );
        }, fail);
      }
    },
    [read, fail],
  );

  const rowAt = useCallback(
    (index: number) => loaded?.windows.get(Math.floor(index / WINDOW_ROWS))?.[index % WINDOW_ROWS],
    [loaded],
  );

  return { figures: loaded?.figures, error, busy, rowAt, show };
}
