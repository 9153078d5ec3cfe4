import type { Text } from '../../i18n/text';
import type { SyncedResource } from './sync-state';

/** A record Clio sent that failed validation: kept out of the cache, with the reason shown to the user. */
export class SetAsideRecord {
  declare key: string;
  declare resource: SyncedResource;
  declare recordId: number | null;
  /** The bill a set-aside allocation or payment belongs to, so that bill's panel can say so. */
  declare billId?: number;
  declare reason: Text;
  declare at: number;
}
