import type { Page } from '@playwright/test';
import { DEMO_APP } from '../sandbox/oauth/demo-app';
import { expectedReceivables } from '../support/expected-receivables';
import { cents } from '../support/money-text';
import { sandboxControl } from '../support/sandbox-control';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AuthorizeWindow } from './pages/authorize-window';

/** An amount as a reader in Quebec writes it: `1 234,56 $`, a space between thousands, a comma before cents. */
const frenchMoney = (amountInCents: number, currency: string) =>
  new Intl.NumberFormat('fr-CA', { style: 'currency', currency }).format(amountInCents / 100);

/**
 * Colours are the same in every language, and the English runs check both schemes: here axe looks at
 * what French changes (names, labels, the page's language) in one.
 */
const inFrench = ['light'] as const;

/** A browser in Canadian French, at a firm working in Clio's French. */
test.use({ browserLocale: 'fr-CA', sandboxOptions: { size: 40, clioLanguage: 'fr' } });

async function connectInFrench(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  const form = page.getByRole('form', { name: 'Se connecter à Clio' });
  await form.getByLabel('Région').selectOption('us');
  await form.getByLabel('Identifiant client').fill(DEMO_APP.clientId);
  await form.getByLabel('Secret client').fill(DEMO_APP.clientSecret);
  const opened = page.context().waitForEvent('page');
  await form.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await new AuthorizeWindow(await opened).allow();
  await expect(page.getByRole('region', { name: 'Connexion' })).toContainText('Connecté en tant que');
}

test('in Canadian French: connect, the bill panel, a send through Clio’s French dialog, the popup and the workspace', async ({
  context,
  sandbox,
  extensionId,
}) => {
  const control = sandboxControl(sandbox);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options).toHaveTitle('Remit pour Clio\u00a0: options');
  await connectInFrench(options);
  await expectNoAxeViolations(options, inFrench);

  const bill = (await control.bills()).find(
    (candidate) =>
      candidate.state === 'awaiting_payment' && !candidate.shared && candidate.currency === 'USD',
  );
  if (!bill) throw new Error('The seed has no unshared unpaid bill in dollars');
  const billPage = await context.newPage();
  await billPage.goto(`https://app.clio.com/nc/#/bills/${bill.id}`);
  await expect(billPage.getByRole('heading', { name: `Facture no ${bill.number}` })).toBeVisible();
  const panel = billPage
    .locator('closed=remit-bill-panel')
    .getByRole('region', { name: 'État du paiement (Remit)' });
  await expect(panel.locator('[data-field="outstanding"]')).toHaveText(
    frenchMoney(cents(bill.balance), 'USD'),
  );

  await panel.getByRole('button', { name: 'Envoyer au portail…' }).click();
  const sendForm = panel.getByRole('form', { name: 'Envoyer la facture' });
  await expect(sendForm.getByRole('textbox')).toHaveValue(
    new RegExp(
      `^Bonjour .*facture ${bill.number}.*${frenchMoney(cents(bill.balance), 'USD').replace('$', '\\$')}`,
      's',
    ),
  );
  await sendForm.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(panel.locator('[data-field="shared"]')).toHaveText('Oui', { timeout: 30_000 });
  await expect(panel).toContainText('Envoyée et confirmée par Clio');
  const sends = (await control.state()).sends.filter((send) => send.billId === bill.id);
  expect(sends).toHaveLength(1);
  expect(sends[0]?.message).toContain(`facture ${bill.number}`);

  const expected = await expectedReceivables(control);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  for (const [code, figures] of expected.currencies) {
    const receivables = popup.getByRole('region', { name: `Comptes clients en ${code}` });
    await expect(receivables.locator('[data-figure="outstanding"] [data-value]')).toHaveText(
      frenchMoney(figures.outstanding, code),
    );
    await expect(receivables.locator('[data-figure="outstanding"]')).toContainText(
      `${figures.unpaidBills} facture${figures.unpaidBills > 1 ? 's' : ''} impayée`,
    );
  }
  // Canada's dollars as Quebec writes them, the sign after the amount.
  await expect(
    popup
      .getByRole('region', { name: 'Comptes clients en CAD' })
      .locator('[data-figure="outstanding"] [data-value]'),
  ).toHaveText(/^\d{1,3}(\u00a0\d{3})*,\d{2}\u00a0\$$/);
  await expectNoAxeViolations(popup, inFrench);

  const workspace = await context.newPage();
  await workspace.goto(`chrome-extension://${extensionId}/collections.html`);
  await expect(workspace.getByRole('heading', { level: 1 })).toHaveText('Révision et envoi');
  const row = workspace.locator(`tbody tr[data-bill-id="${bill.id}"]`);
  const client = (await control.contacts()).find((contact) => contact.id === bill.clientId);
  if (!client) throw new Error('The bill has no client');
  await workspace.getByRole('search', { name: 'Filtres' }).getByLabel('Client ou dossier').fill(client.name);
  await expect(row.locator('td[data-column="outstanding"]')).toHaveText(
    frenchMoney(cents(bill.balance), 'USD'),
  );
  await expectNoAxeViolations(workspace, inFrench);

  const clientLink = await context.newPage();
  await clientLink.goto(`chrome-extension://${extensionId}/client-link.html?client=${bill.clientId}`);
  const owed = clientLink.getByRole('table', { name: 'Factures en attente de paiement' });
  await expect(owed.locator(`tbody tr[data-bill-id="${bill.id}"]`)).toContainText(
    frenchMoney(cents(bill.balance), 'USD'),
  );
  await expectNoAxeViolations(clientLink, inFrench);
});
