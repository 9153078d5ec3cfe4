import { create } from 'zustand';
import { askRegionAccess } from '../connection/clio-access';
import type { ClioApp, ConnectionStatus } from '../connection/messages';
import { sayError } from '../error-text';
import { sendMessage } from '../send-message';

interface ConnectionState {
  status?: ConnectionStatus;
  busy: boolean;
  error?: string;
  load(): Promise<void>;
  connect(app: ClioApp): Promise<void>;
  reconnect(): Promise<void>;
  disconnect(): Promise<void>;
}

/** The connection as the popup and options page see it; the background holds the tokens themselves. */
export const useConnection = create<ConnectionState>((set, get) => {
  const run = async (action: () => Promise<ConnectionStatus>) => {
    set({ busy: true, error: undefined });
    try {
      set({ status: await action(), busy: false });
    } catch (error) {
      set({ busy: false, error: sayError(error, 'options.connection_failed') });
    }
  };
  return {
    busy: false,
    load: () => run(() => sendMessage('getConnection', {})),
    // The browser asks for Clio's host first, within the click: it may ask only during one.
    connect: (app) =>
      run(async () => {
        await askRegionAccess(app.region);
        return sendMessage('connect', app);
      }),
    reconnect: () =>
      run(async () => {
        const { status } = get();
        if (status && status.state !== 'disconnected') await askRegionAccess(status.region);
        return sendMessage('reconnect', {});
      }),
    disconnect: () => run(() => sendMessage('disconnect', {})),
  };
});
