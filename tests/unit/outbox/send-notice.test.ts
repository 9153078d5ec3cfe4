import { describe, expect, it } from 'vitest';
import { sendNotice } from '@/lib/outbox/send-wording';

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

describe('a notification for a send from the context menu', () => {
  it('sets a bill number holding a right-to-left override apart from the words after it', () => {
    const { title } = sendNotice(`${RIGHT_TO_LEFT_OVERRIDE}1001`, {
      state: 'failed',
      problem: { code: 'tab_closed' },
      portal: false,
      checking: false,
    });
    // Without the isolate, the override would turn " not sent" around after the number.
    expect(title).toBe(`Bill \u2068${RIGHT_TO_LEFT_OVERRIDE}1001\u2069 not sent`);
  });
});
