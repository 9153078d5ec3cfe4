/**
 * A URL Clio sent that Remit may put in an href: https on clio.com or one of its subdomains, nothing
 * else. A look-alike (`evilclio.com`, `app.clio.com.evil.test`), another scheme (`javascript:`) or
 * plain http gives null, and the UI shows no link.
 */
export function clioPageUrl(raw: string | null): string | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const onClio = host === 'clio.com' || host.endsWith('.clio.com');
  return url.protocol === 'https:' && onClio && url.username === '' && url.password === '' ? url.href : null;
}
