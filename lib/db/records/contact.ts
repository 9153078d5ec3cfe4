export class ContactRecord {
  declare id: number;
  declare etag: string;
  declare name: string | null;
  declare type: string | null;
  declare email: string | null;
  declare isClient: boolean;
  declare updatedAt: string | null;
}
