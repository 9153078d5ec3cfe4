/** A cell Remit wrote itself (an amount, a date, a count), or text that came from Clio or a user. */
export type CsvCell = { number: string } | string | null;

/**
 * Characters a spreadsheet takes as the start of a formula (or, for tab and carriage return, as
 * pushing one into the next cell). A text cell starting with one is written with an apostrophe
 * first, which spreadsheets show as text and never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  const text = cell === null ? '' : typeof cell === 'string' ? neutralised(cell) : cell.number;
  // A semicolon too: where it is the list separator (French Canadian Windows, say), a spreadsheet
  // splits an unquoted field there, and what follows may start with a formula's sign.
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where they hold a quote, a
 * comma, a semicolon or a line break). Led by a byte order mark, so spreadsheets read accented names
 * as UTF-8.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
