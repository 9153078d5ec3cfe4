import { sendMessage } from '@/lib/protocol';

const headings: Record<string, string> = {
  not_connected: 'Remit is not connected to Clio.',
  reconnect: 'Reconnect Remit to Clio.',
  forbidden: 'Your Clio user may not see this bill’s billing details.',
  not_found: 'Clio has no such bill, or it was deleted.',
  network: 'Clio cannot be reached, and Remit has no copy of this bill yet.',
};

/** Why there is nothing to show, in plain words, with the way forward where there is one. */
export function PanelProblem({ code, message }: { code: string; message: string }) {
  const needsOptions = code === 'not_connected' || code === 'reconnect';
  return (
    <div role="alert" className="grid gap-2">
      <p className="font-medium">{headings[code] ?? message}</p>
      {headings[code] && headings[code] !== message && <p className="text-slate-600">{message}</p>}
      {needsOptions && (
        <button
          type="button"
          className="justify-self-start rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          onClick={() => void sendMessage('openOptions', {})}
        >
          Open Remit’s options
        </button>
      )}
    </div>
  );
}
