import { money } from '../popup/wording';

/**
 * An amount in a table cell with a bar under it, its length the share of the largest: the bar is
 * drawn for the eye, the figure is what is read.
 */
export function AmountWithBar({
  amount,
  largest,
  currencyCode,
  colour,
}: {
  amount: number;
  largest: number;
  currencyCode: string;
  colour: string;
}) {
  const width = largest > 0 ? Math.max(0, (amount / largest) * 100) : 0;
  return (
    <td className="px-2 text-right tabular-nums">
      {money(amount, currencyCode)}
      <svg className="block h-2 w-full" preserveAspectRatio="none" viewBox="0 0 100 10" aria-hidden="true">
        <rect className={colour} x={100 - width} y="0" width={width} height="10" />
      </svg>
    </td>
  );
}
