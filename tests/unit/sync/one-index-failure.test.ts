import { describe, expect, it } from 'vitest';
import { RemitError } from '@/lib/errors';
import { failsOneIndex } from '@/lib/sync/one-index-failure';

const unreachable = (values: Record<string, string | number>) =>
  new RemitError('network', 'clio.unreachable', values);

describe('an index’s failure, told from Clio’s', () => {
  it.each([
    [
      'an internal error, from the first index on',
      unreachable({ problem: 'status', status: 500 }),
      false,
      true,
    ],
    ['a gateway’s error from the first index', unreachable({ problem: 'status', status: 504 }), false, false],
    [
      'a gateway’s error once another index came in',
      unreachable({ problem: 'status', status: 504 }),
      true,
      true,
    ],
    ['no answer in time from the first index', unreachable({ problem: 'timed_out' }), false, false],
    ['no answer in time once another index came in', unreachable({ problem: 'timed_out' }), true, true],
    ['a connection lost, whatever came in before', unreachable({ problem: 'connection_lost' }), true, false],
    ['an answer Remit cannot read', new RemitError('clio', 'clio.answer_without_bill'), false, true],
    [
      'a rate still limited after every wait',
      new RemitError('clio', 'clio.error', { clioMessage: 'Rate limited', status: 429 }),
      true,
      false,
    ],
    ['a sign-in Clio refuses', new RemitError('reconnect', 'clio.sign_in_refused'), true, false],
  ] as const)('%s', (_name, error, anotherCameIn, oneIndex) => {
    expect(failsOneIndex(error, anotherCameIn)).toBe(oneIndex);
  });
});
