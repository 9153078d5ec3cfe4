/** Remit's own settings, one row each. */
export class SettingRecord {
  declare key: string;
  declare value: unknown;
}
