import { openCollectionsWorkspace, type WorkspaceStart } from '@/lib/collections/workspace-page';

/** The workspace opens in a tab; the popup closes as it does. */
export function openWorkspace(start: WorkspaceStart = 'all'): void {
  openCollectionsWorkspace(start).then(
    () => window.close(),
    (error: unknown) => console.error('Remit: the workspace did not open', error),
  );
}
