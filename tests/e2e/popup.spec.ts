import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

test('the popup opens and leads a new user to connect', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.heading).toHaveText('Remit for Clio');
  await expect(popup.body).toContainText('not connected');
  await expect(popup.page.getByRole('button', { name: 'Connect to Clio' })).toBeVisible();
});

test('the popup names the connected Clio user', async ({ context, extensionId, connected: _ }) => {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.body).toContainText('Connected as');
});
