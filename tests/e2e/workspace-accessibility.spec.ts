import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { CollectionsPage } from './pages/collections-page';
import { ReviewPage } from './pages/review-page';

test.describe('the workspace by keyboard', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('filter, select all, review and reach Send all without a mouse; axe finds nothing, light or dark', async ({
    context,
    extensionId,
    connected: _,
  }) => {
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const workspace = await CollectionsPage.open(context, extensionId);
    await expect(workspace.rows.first()).toBeVisible();
    await expectNoAxeViolations(workspace.page);

    const { page } = workspace;
    // The insight, a view of its own: its charts are tables, read as tables.
    await page.getByRole('button', { name: 'Collection insight' }).click();
    await expect(page.getByRole('table', { name: 'Aging roll-forward, this month' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Back to the bills' }).click();
    await expect(workspace.rows.first()).toBeVisible();

    await workspace.filters.getByLabel('Queue').focus();
    await page.keyboard.press('End');
    await expect(workspace.filters.getByLabel('Queue')).toHaveValue('needs_attention');
    const matching = Number((await workspace.matching.textContent())?.replace(/\D/g, ''));
    expect(matching).toBeGreaterThan(1);

    await workspace.selectAll.focus();
    await page.keyboard.press('Enter');
    await expect(workspace.selected).toHaveText(`${matching} bills selected`);
    const review = page.getByRole('button', { name: `Review ${matching} bills` });
    await review.focus();
    await page.keyboard.press('Enter');

    const reviewPage = new ReviewPage(page);
    await expect(reviewPage.summary).toContainText(`with ${matching} bills`);
    // Focus starts again at the review, not lost with the bills' view.
    await expect(page.getByRole('heading', { name: 'Review before sending' })).toBeFocused();
    const firstEnvelope = reviewPage.envelopes.first().locator('button[aria-expanded]');
    await firstEnvelope.focus();
    await page.keyboard.press('Enter');
    await expect(firstEnvelope).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(/^Leave out /);
    // A payment link asked for by keyboard: its plan, or why none can be made, is read as the rest.
    const linkChoice = reviewPage.envelopes
      .first()
      .getByRole('checkbox', { name: 'Add a Clio Payments link' });
    await linkChoice.focus();
    await page.keyboard.press('Space');
    await expect(linkChoice).toBeChecked();
    await expect(reviewPage.envelopes.first().getByLabel('Message')).toHaveValue(/\{payment_link\}$/);
    await expectNoAxeViolations(page);

    const sendAll = page.getByRole('button', { name: `Send all ${matching} bills through Clio` });
    await sendAll.focus();
    await expect(sendAll).toBeFocused();
  });
});
