import { RemitError } from '@/lib/errors';
import { say } from '@/lib/i18n/text';

/** What the user reads when Remit refuses: the RemitError's message, in words. */
export async function refusalWords(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RemitError) return say(error.text);
    throw error;
  }
  throw new Error('Remit did not refuse');
}
