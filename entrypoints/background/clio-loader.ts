import { browser } from 'wxt/browser';
import { registerClioLoader } from '@/lib/connection/clio-access';

/** The loader follows the Clio hosts the firm granted: at start, and whenever a grant changes. */
export function followClioAccess(): void {
  const register = () => void registerClioLoader().catch((error) => console.error('Remit: loader', error));
  browser.permissions.onAdded.addListener(register);
  browser.permissions.onRemoved.addListener(register);
  register();
}
