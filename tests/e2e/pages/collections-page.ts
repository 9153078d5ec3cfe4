import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Remit's collections workspace: filters, the bills table, the selection and its totals. */
export class CollectionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<CollectionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/collections.html`);
    return new CollectionsPage(page);
  }

  static attach(page: Page): CollectionsPage {
    return new CollectionsPage(page);
  }

  get filters() {
    return this.page.getByRole('search', { name: 'Filters' });
  }

  chooseQueue(label: string) {
    return this.filters.getByLabel('Queue').selectOption({ label });
  }

  search(text: string) {
    return this.filters.getByLabel('Client or matter').fill(text);
  }

  get table() {
    return this.page.getByRole('table', { name: 'Bills' });
  }

  /** The rows on screen (the table holds only those), each with its bill's id. */
  get rows() {
    return this.table.locator('tbody tr[data-bill-id]');
  }

  cell(row: Locator, column: string) {
    return row.locator(`td[data-column="${column}"]`);
  }

  columnHeader(name: string) {
    return this.table.getByRole('columnheader', { name });
  }

  sortBy(name: string) {
    return this.columnHeader(name).getByRole('button').click();
  }

  /** "42 bills match". */
  get matching() {
    return this.page.locator('[data-count="matching"]');
  }

  /** "42 bills selected". */
  get selected() {
    return this.page.getByRole('status').and(this.page.locator('[data-count="selected"]'));
  }

  get selectAll() {
    return this.page.getByRole('button', { name: /^Select (all \S+ that match|the \S+ bill that matches)$/ });
  }

  checkbox(billNumber: string) {
    return this.table.getByRole('checkbox', { name: `Select bill ${billNumber}`, exact: true });
  }

  /** The selection's totals, one line per currency. */
  selectionTotal(currency: string) {
    return this.page
      .getByRole('list', { name: 'Totals of the selection' })
      .locator(`[data-currency="${currency}"]`);
  }

  get selectionTotals() {
    return this.page.getByRole('list', { name: 'Totals of the selection' }).getByRole('listitem');
  }
}
