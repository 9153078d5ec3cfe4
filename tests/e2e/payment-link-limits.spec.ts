import { extensionPage, waitForSyncToFinish } from '../support/extension-db';
import { type SandboxBill, sandboxControl } from '../support/sandbox-control';
import { expect, test } from './fixtures';
import { ClientLinkPage } from './pages/client-link-page';
import { ClioBillPage } from './pages/clio-bill-page';

const unpaid = (currency: string) => (bill: SandboxBill) =>
  bill.state === 'awaiting_payment' &&
  bill.kind === 'revenue_kind' &&
  bill.currency === currency &&
  bill.balance > 0;

/** Opens the panel of a bill and tries to make a link for it; returns the panel's alert. */
async function tryLink(
  context: Parameters<typeof ClioBillPage.open>[0],
  bill: SandboxBill,
  options: { days?: string; before?: () => Promise<unknown> } = {},
) {
  const page = await ClioBillPage.open(context, bill.id);
  await expect(page.panelField('bill')).toHaveText(bill.number);
  await options.before?.();
  await page.createLink({ days: options.days });
  return page.linkForm.getByRole('alert');
}

test.describe('limits and errors of payment links', () => {
  test.use({ sandboxOptions: { size: 120 } });

  test('each refusal is named plainly and leaves no link behind', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const bills = await control.bills();
    const [first, second, third, fourth, fifth] = bills.filter(unpaid('USD')) as [
      SandboxBill,
      SandboxBill,
      SandboxBill,
      SandboxBill,
      SandboxBill,
    ];
    const cad = bills.find(unpaid('CAD')) as SandboxBill;
    const accounts = await control.bankAccounts();
    // One link made today, so the daily limit can be set where it is already reached.
    const made = await ClioBillPage.open(context, fifth.id);
    await made.createLink();
    await expect(made.linkItems.first()).toContainText('Active');
    const linksBefore = (await control.links()).length;
    const madeToday = (await control.links()).filter(
      (link) => Date.parse(link.created_at) > Date.now() - 86_400_000,
    ).length;

    await expect(await tryLink(context, first, { days: '91' })).toHaveText(
      'A link stays open for 1 to 90 days: Clio allows no longer.',
    );

    await expect(
      await tryLink(context, second, { before: () => control.payBill(second.id, second.balance) }),
    ).toHaveText(`Bill ${second.number} is already paid.`);

    const active = (await control.links()).filter((link) => link.active).length;
    await control.setLinkLimits({ active });
    await expect(await tryLink(context, first)).toHaveText(
      `Clio did not make the link: The limit of ${active} active payment links has been reached.`,
    );
    await control.setLinkLimits({ active: null, daily: madeToday });
    await expect(await tryLink(context, first)).toHaveText(
      `Clio did not make the link: The limit of ${madeToday} payment links created in 24 hours has been reached.`,
    );
    await control.setLinkLimits({ daily: null });

    const operatingCad = accounts.find(
      (account) => account.type === 'Operating' && account.currency === 'CAD',
    );
    await control.setClioPayments(operatingCad?.id ?? 0, false);
    await expect(await tryLink(context, cad)).toHaveText(
      'These bills are in CAD, but the firm’s operating accounts with Clio Payments take USD. A link is paid in its account’s currency.',
    );

    for (const account of accounts) await control.setClioPayments(account.id, false);
    await expect(await tryLink(context, third)).toHaveText(
      'Clio Payments is not turned on for any of the firm’s bank accounts. Turn it on in Clio, then try again.',
    );

    await expect(await tryLink(context, fourth, { before: () => control.voidBill(fourth.id) })).toHaveText(
      `Bill ${fourth.number} was voided.`,
    );

    expect(await control.links()).toHaveLength(linksBefore);
  });

  test('a selection of several clients, or of more than ten bills, is refused before anything is made', async ({
    context,
    extensionId,
    sandbox,
    connected: _,
  }) => {
    const control = sandboxControl(sandbox);
    await waitForSyncToFinish(await extensionPage(context, extensionId));
    const bills = (await control.bills()).filter(unpaid('USD'));
    const [a, b] = [
      bills[0] as SandboxBill,
      bills.find((bill) => bill.clientId !== bills[0]?.clientId) as SandboxBill,
    ];

    const mixed = await ClientLinkPage.open(context, extensionId, a.clientId, [a.id, b.id]);
    await expect(mixed.alert).toHaveText(
      'These bills belong to several clients. A payment link pays one client’s bills: choose bills of one client.',
    );
    await expect(mixed.createButton).toBeDisabled();

    const many = bills.slice(0, 11).map((bill) => bill.id);
    const tooMany = await ClientLinkPage.open(context, extensionId, a.clientId, many);
    await expect(tooMany.alert).toHaveText('A payment link can cover at most 10 bills; 11 are chosen.');
    await expect(tooMany.createButton).toBeDisabled();
    expect((await control.state()).requests.byPath['POST /api/v4/clio_payments/links']).toBeUndefined();
  });
});
