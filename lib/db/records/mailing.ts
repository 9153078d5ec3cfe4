/**
 * Bills chosen in the workspace on their way to clients: reviewed as one envelope per client, then
 * sent. Kept in IndexedDB from the moment the review starts, so a closed page or a stopped worker
 * loses none of the user's edits.
 */
export class MailingRecord {
  declare id: string;
  declare state: 'review';
  declare createdAt: number;
  declare updatedAt: number;
}
