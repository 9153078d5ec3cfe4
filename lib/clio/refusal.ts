import { RemitError } from '../errors';

/**
 * Clio refusing something to this user or firm: a 403 (a permission the user lacks), or a 404 where
 * a feature is not offered (Clio Payments, in a firm or region without it).
 */
export function isRefusal(error: unknown): error is RemitError {
  return error instanceof RemitError && (error.code === 'forbidden' || error.code === 'not_found');
}

/** Clio's own words for a refusal, or its status where it gave none. */
export function refusalReason(error: RemitError): string {
  const clioMessage = error.text.values?.clioMessage;
  return typeof clioMessage === 'string' ? clioMessage : 'HTTP 404';
}
