import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { expect, test } from './fixtures';
import { CollectionsPage } from './pages/collections-page';
import { OptionsPage } from './pages/options-page';
import { ReviewPage } from './pages/review-page';

test('the envelope templates set in the options are previewed in the clients’ language, saved, and start each envelope of a review', async ({
  context,
  extensionId,
  connected: _,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  // A message being written is not lost when another form is saved.
  const settled = options.page
    .getByRole('form', { name: 'Message sent with paid bills' })
    .locator('textarea');
  await settled.fill('Paid in full: {total}. Thank you.');
  // The firm's clients read French, though Remit speaks English here: Remit's own messages follow.
  const clientLanguage = options.page.getByRole('form', { name: 'Language of messages to clients' });
  await clientLanguage.getByRole('combobox').selectOption({ label: 'Français (Canada)' });
  await clientLanguage.getByRole('button', { name: 'Save the language' }).click();
  await expect(
    options.page.getByRole('form', { name: 'Message sent with bills' }).locator('textarea'),
  ).toHaveValue(/^Bonjour \{client\},\n\nNous vous transmettons la facture \{bill_number\}/);
  await expect(settled).toHaveValue('Paid in full: {total}. Thank you.');
  const form = options.page.getByRole('form', { name: 'Subject and message of each client’s bills' });
  await form.getByRole('textbox', { name: 'Email subject' }).fill('Bills {bill_numbers} of {client}');
  await form.locator('textarea').fill('Dear {client}, {total_outstanding} is owed since {oldest_due_date}.');
  // The preview fills the placeholders for a sample client with two bills, as an envelope would.
  const preview = form.getByRole('region', { name: 'Preview for a sample client' });
  await expect(preview.locator('[data-preview-part="subject"]')).toHaveText(
    'Bills 1042 et 1057 of Example Client Ltd.',
  );
  await expect(preview.locator('[data-preview-part="message"]')).toHaveText(
    'Dear Example Client Ltd., 1\u00a0550,50\u00a0$\u00a0US is owed since 15 oct. 2026.',
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
