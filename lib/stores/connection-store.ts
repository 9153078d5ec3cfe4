import { create } from 'zustand';
import type { ConnectionStatus, RequestOf } from '../messaging/protocol';
import { RemitError } from '../messaging/remit-error';
import { sendMessage } from '../messaging/send';

interface ConnectionState {
  status?: ConnectionStatus;
  busy: boolean;
  error?: string;
  load(): Promise<void>;
  connect(app: RequestOf<'connect'>): Promise<void>;
  reconnect(): Promise<void>;
  disconnect(): Promise<void>;
}

/** The connection as the popup and options page see it; the background holds the tokens themselves. */
export const useConnection = create<ConnectionState>((set) => {
  const run = async (action: () => Promise<ConnectionStatus>) => {
    set({ busy: true, error: undefined });
    try {
      set({ status: await action(), busy: false });
    } catch (error) {
      set({ busy: false, error: error instanceof RemitError ? error.message : 'Remit could not do that.' });
    }
  };
  return {
    busy: false,
    load: () => run(() => sendMessage('getConnection', {})),
    connect: (app) => run(() => sendMessage('connect', app)),
    reconnect: () => run(() => sendMessage('reconnect', {})),
    disconnect: () => run(() => sendMessage('disconnect', {})),
  };
});
