import type { Locator } from '@playwright/test';

/** The sync progress both the options page and the popup show, inside their "Sync" section. */
export class SyncPanel {
  constructor(readonly root: Locator) {}

  /** "First sync with Clio in progress… 400 bills" or "Syncing with Clio… …" while a sync runs. */
  get inProgress() {
    return this.root.getByText(/^(First sync with Clio in progress|Syncing with Clio)…/);
  }

  /** One resource's line while a sync runs, e.g. "bills: 400 so far (page 2)". */
  resource(name: string) {
    return this.root.getByRole('list', { name: 'Sync progress' }).locator(`[data-resource="${name}"]`);
  }

  /** During a first sync: whether the current figures are complete yet, or being read first. */
  get currentFigures() {
    return this.root.locator('[data-field="current-figures"]');
  }

  /** "Last synced …" or "Not synced yet." when no sync runs. */
  get lastSynced() {
    return this.root.getByTestId('last-sync');
  }

  get syncNowButton() {
    return this.root.getByRole('button', { name: 'Sync now' });
  }

  get error() {
    return this.root.getByRole('alert');
  }

  /** The records counted so far for one resource, read from its progress line. */
  async recordsSoFar(name: string): Promise<number> {
    const text =
      (await this.resource(name)
        .textContent({ timeout: 1_000 })
        .catch(() => null)) ?? '';
    const match = /: ([\d,]+) so far/.exec(text);
    return match?.[1] ? Number(match[1].replaceAll(',', '')) : 0;
  }
}
