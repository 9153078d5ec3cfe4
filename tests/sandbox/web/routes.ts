import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import type { SandboxContext } from '../context.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

type StaticFile = { body: string; contentType: string };

/** Reads every servable file under `dir` once, keyed by its path relative to `dir` with forward slashes. */
function loadDirectory(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const contentType = contentTypes[extname(entry)];
    if (!contentType) continue;
    files.set(entry.split('\\').join('/'), { body: readFileSync(join(dir, entry), 'utf8'), contentType });
  }
  return files;
}

const assets = loadDirectory(join(import.meta.dirname, 'assets'));
const pages = loadDirectory(join(import.meta.dirname, 'pages'));

function page(name: string): StaticFile {
  const file = pages.get(name);
  if (!file) throw new Error(`Missing replica page ${name}`);
  return file;
}

const webApp = page('nc.html');
const portal = page('portal.html');
const payPage = page('pay.html');

const baseHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

function serve(file: StaticFile): Response {
  return new Response(file.body, { headers: { ...baseHeaders, 'Content-Type': file.contentType } });
}

/** The web app in Clio's French: the page's language is what its scripts read their words in. */
const webAppInFrench: StaticFile = {
  ...webApp,
  body: webApp.body.replace('<html lang="en"', '<html lang="fr"'),
};

/**
 * Clio's web-app replica (in English, or in Clio's French), the Clio for Clients portal and the Clio
 * Payments pay page, with their assets.
 */
export function replicaPages(ctx: SandboxContext): Hono {
  const pages = new Hono();
  pages.get('/nc', (c) => c.redirect('/nc/', 301));
  pages.get('/nc/', () => serve(ctx.clioLanguage === 'fr' ? webAppInFrench : webApp));
  pages.get('/portal/:contactId{[0-9]+}', () => serve(portal));
  pages.get('/clio_payments/pay/:token', () => serve(payPage));
  pages.get('/assets/*', (c) => {
    const file = assets.get(c.req.path.slice('/assets/'.length));
    return file ? serve(file) : c.notFound();
  });
  return pages;
}
