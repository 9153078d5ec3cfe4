import { type MessageKey, say, type Text, t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/send-message';

const headings: Partial<Record<string, MessageKey>> = {
  not_connected: 'bill_panel.problem_not_connected',
  reconnect: 'bill_panel.problem_reconnect',
  forbidden: 'bill_panel.problem_forbidden',
  not_found: 'bill_panel.problem_not_found',
  network: 'bill_panel.problem_network',
};

/** Why there is nothing to show, in plain words, with the way forward where there is one. */
export function PanelProblem({ code, text }: { code: string; text: Text }) {
  const needsOptions = code === 'not_connected' || code === 'reconnect';
  const message = say(text);
  const headingKey = headings[code];
  const heading = headingKey ? t(headingKey) : undefined;
  return (
    <div role="alert" className="grid gap-2">
      <p className="font-medium">{heading ?? message}</p>
      {heading && heading !== message && <p className="text-slate-600">{message}</p>}
      {needsOptions && (
        <button
          type="button"
          className="justify-self-start rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          onClick={() => void sendMessage('openOptions', {})}
        >
          {t('bill_panel.open_options')}
        </button>
      )}
    </div>
  );
}
