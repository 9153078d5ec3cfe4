import { describe, expect, it } from 'vitest';
import { sendStates } from '@/lib/db/records/outbox-entry';
import { isChecking, isUnderWay, mayStillPress } from '@/lib/outbox/send-phases';

describe('which sends are still under way', () => {
  it('lets only a send not yet past Send bill press it, so a second request joins instead of sending twice', () => {
    expect(sendStates.filter((state) => mayStillPress({ state }))).toEqual([
      'queued',
      'in_dialog',
      'pressed',
    ]);
  });

  it('keeps asking Clio about a pressed send, and an unconfirmed one only while a later look is planned', () => {
    const checked = sendStates.filter((state) => isChecking({ state, nextCheckAt: 1_000 }));
    const unplanned = sendStates.filter((state) => isChecking({ state, nextCheckAt: null }));
    expect(checked).toEqual(['pressed', 'unconfirmed']);
    expect(unplanned).toEqual(['pressed']);
  });

  it('shows a send as moving while it may press, or while Remit still looks for an unconfirmed one', () => {
    const looking = sendStates.filter((state) => isUnderWay({ state, checking: true }));
    const notLooking = sendStates.filter((state) => isUnderWay({ state, checking: false }));
    expect(looking).toEqual(['queued', 'in_dialog', 'pressed', 'unconfirmed']);
    expect(notLooking).toEqual(['queued', 'in_dialog', 'pressed']);
  });
});
