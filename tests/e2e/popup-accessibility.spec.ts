import type { Page } from '@playwright/test';
import { expectedReceivables } from '../support/expected-receivables';
import { waitForSyncToFinish } from '../support/extension-db';
import { usd } from '../support/money-text';
import { sandboxControl } from '../support/sandbox-control';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

/** What has keyboard focus, and whether a focus ring shows on it (on its label, for a hidden radio). */
function focusStop(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const ring = focused.matches('input') ? (focused.closest('label') ?? focused) : focused;
    const style = getComputedStyle(ring);
    return {
      role: focused.getAttribute('type') ?? focused.tagName.toLowerCase(),
      name: focused.getAttribute('data-figure') ?? ring.textContent?.trim().slice(0, 30) ?? '',
      ringVisible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
    };
  });
}

test('first run: no accessibility violations in light or dark mode', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.action('Connect to Clio')).toBeVisible();
  await expectNoAxeViolations(popup.page);
});

test.describe('with figures', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('no accessibility violations in light or dark mode', async ({
    context,
    extensionId,
    connected: _,
  }) => {
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);
    await expect(popup.figure('USD', 'outstanding')).toBeVisible();
    await expect(popup.attention('bills').items.first()).toBeVisible();
    await expectNoAxeViolations(popup.page);
  });

  test('the keyboard reaches every figure and list with a visible focus; arrows change the period', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const popup = await PopupPage.open(context, extensionId);
    await waitForSyncToFinish(popup.page);
    await expect(popup.figure('USD', 'outstanding')).toBeVisible();
    // The popup learns of the sync's end on its next look; until then Sync now is rightly disabled.
    await expect(popup.page.getByRole('button', { name: 'Sync now' })).toBeEnabled();

    // Settings is the last control of the popup.
    const stops: Awaited<ReturnType<typeof focusStop>>[] = [];
    while (stops.length < 100 && stops.at(-1)?.name !== 'Settings') {
      await popup.page.keyboard.press('Tab');
      stops.push(await focusStop(popup.page));
    }
    expect(stops.filter((stop) => !stop.ringVisible)).toEqual([]);
    const names = stops.map((stop) => stop.name);
    expect(names).toEqual(expect.arrayContaining(['Sync now', 'This month', 'outstanding', 'Settings']));
    expect(names.filter((name) => name === 'outstanding')).toHaveLength(2);
    expect(stops.filter((stop) => stop.role === 'radio')).toHaveLength(1);
    expect(stops.filter((stop) => stop.name.startsWith('Bill ')).length).toBeGreaterThan(0);

    const paid = (await expectedReceivables(sandboxControl(sandbox))).currencies.get('USD')?.paid;
    await popup.page.getByRole('radio', { name: 'This month' }).focus();
    await popup.page.keyboard.press('ArrowRight');
    await expect(popup.page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
    await expect(popup.figureLink('USD', 'paid')).toContainText('Paid, last 30 days');
    await expect(popup.figure('USD', 'paid')).toHaveText(usd((paid?.last30Days ?? 0) / 100));
    await popup.page.keyboard.press('ArrowRight');
    await expect(popup.page.getByRole('radio', { name: 'This year' })).toBeChecked();
    await expect(popup.figureLink('USD', 'paid')).toContainText('Paid, this year');
    await expect(popup.figure('USD', 'paid')).toHaveText(usd((paid?.thisYear ?? 0) / 100));
  });
});
