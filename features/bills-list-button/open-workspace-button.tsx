import { useState } from 'react';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/send-message';

/** Opens Remit's workspace, where Clio's bills can be reviewed and sent many at a time. */
export function OpenWorkspaceButton({ pageProblem }: { pageProblem?: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = () =>
    sendMessage('openWorkspace', {}).then(
      () => setProblem(null),
      (error) => setProblem(sayError(error, 'collections.not_opened')),
    );
  return (
    <div className="flex flex-wrap items-center gap-2 font-sans text-sm">
      <button
        type="button"
        onClick={open}
        className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {t('collections.open_from_clio')}
      </button>
      {(problem ?? pageProblem) && (
        <p role="alert" className="text-red-800">
          {problem ?? pageProblem}
        </p>
      )}
    </div>
  );
}
