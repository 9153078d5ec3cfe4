import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { expect, test } from './fixtures';
import { CollectionsPage } from './pages/collections-page';
import { OptionsPage } from './pages/options-page';
import { ReviewPage } from './pages/review-page';

test('the envelope templates set in the options are previewed, saved, and start each envelope of a review', async ({
  context,
  extensionId,
  connected: _,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const form = options.page.getByRole('form', { name: 'Subject and message of each client’s bills' });
  await form.getByRole('textbox', { name: 'Email subject' }).fill('Bills {bill_numbers} of {client}');
  await form.locator('textarea').fill('Dear {client}, {total_outstanding} is owed since {oldest_due_date}.');
  // The preview fills the placeholders for a sample client with two bills, as an envelope would.
  const preview = form.getByRole('region', { name: 'Preview for a sample client' });
  await expect(preview.locator('[data-preview-part="subject"]')).toHaveText(
    'Bills 1042 and 1057 of Example Client Ltd.',
  );
  await expect(preview.locator('[data-preview-part="message"]')).toHaveText(
    'Dear Example Client Ltd., $1,550.50 is owed since Oct 15, 2026.',
  );
  await form.getByRole('button', { name: 'Save subject and message' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await waitForSyncToFinish(await extensionPage(context, extensionId));
  const workspace = await CollectionsPage.open(context, extensionId);
  await workspace.filters.getByLabel('State').selectOption({ label: 'Unpaid' });
  await workspace.rows.first().getByRole('checkbox').check();
  await workspace.page.getByRole('button', { name: 'Review 1 bill' }).click();
  const envelope = new ReviewPage(workspace.page).envelopes.first();
  await envelope.locator('button[aria-expanded]').click();
  await expect(envelope.getByLabel('Email subject')).toHaveValue('Bills {bill_numbers} of {client}');
  await expect(envelope.locator('textarea')).toHaveValue(
    'Dear {client}, {total_outstanding} is owed since {oldest_due_date}.',
  );
});
