export class MatterRecord {
  declare id: number;
  declare etag: string;
  declare displayNumber: string | null;
  declare description: string | null;
  declare status: string | null;
  declare clientId: number | null;
  declare updatedAt: string | null;
}
