export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A minimal page with the banner that marks every sandbox page as demo data. */
export function sandboxPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1d2b36}
.banner{background:#ffe38a;padding:6px 12px;font-weight:600;text-align:center}
main{max-width:520px;margin:48px auto;padding:0 16px}
.actions{display:flex;gap:12px;margin-top:24px}
.actions a{padding:8px 20px;border-radius:4px;text-decoration:none;border:1px solid #0070e0}
#allow{background:#0070e0;color:#fff}#deny{color:#0070e0}
</style></head>
<body><div class="banner" role="note">Clio sandbox: demo data</div><main>${body}</main></body></html>`;
}
