import { describe, expect, it } from 'vitest';
import { clioPageUrl } from '@/lib/clio/safe-url';

describe('which payment link addresses become links', () => {
  it.each([
    'https://app.clio.com/clio_payments/pay/abc',
    'https://ca.app.clio.com/link/1?x=2',
    'https://payments.clio.com/p/1',
    'https://clio.com/pay',
    'https://APP.CLIO.COM/pay',
  ])('%s is Clio’s own page', (url) => {
    expect(clioPageUrl(url)).toBe(new URL(url).href);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://app.clio.com/pay',
    'https://evilclio.com/pay',
    'https://app.clio.com.evil.test/pay',
    'https://clio.com.evil.test/pay',
    'https://user:secret@app.clio.com/pay',
    '//app.clio.com/pay',
    'not a url',
    '',
    null,
  ])('%s is not', (url) => {
    expect(clioPageUrl(url)).toBeNull();
  });
});
