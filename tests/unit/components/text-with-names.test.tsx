import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TextWithNames } from '@/components/text-with-names';

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

describe('a message with names in it', () => {
  it('isolates a name holding a right-to-left override from the words after it', () => {
    const markup = renderToStaticMarkup(
      <TextWithNames id="mailing.bills_of" values={{ client: `${RIGHT_TO_LEFT_OVERRIDE}Avery & Co` }} />,
    );
    expect(markup).toBe(`Bills for <bdi>${RIGHT_TO_LEFT_OVERRIDE}Avery &amp; Co</bdi>`);
  });

  it('isolates each name inside a plural, and leaves the count as words', () => {
    const markup = renderToStaticMarkup(
      <TextWithNames id="mailing.snooze_bill" values={{ number: '1001', days: 7 }} />,
    );
    expect(markup).toBe('Snooze <bdi>1001</bdi> 7 days');
  });

  it('isolates two names of one message, each as written, markup as text', () => {
    const markup = renderToStaticMarkup(
      <TextWithNames id="summary.bill_of_client" values={{ number: '1001', client: '<b>Avery</b>' }} />,
    );
    expect(markup).toBe('Bill <bdi>1001</bdi>, <bdi>&lt;b&gt;Avery&lt;/b&gt;</bdi>');
  });
});
