export class BankAccountRecord {
  declare id: number;
  declare etag: string;
  declare name: string;
  declare type: 'Operating' | 'Trust';
  declare currencyCode: string;
  declare clioPaymentsEnabled: boolean;
  declare isDefault: boolean;
  declare updatedAt: string | null;
}
