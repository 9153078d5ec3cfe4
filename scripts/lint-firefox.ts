/**
 * Firefox's add-on linter (web-ext lint, as addons.mozilla.org runs it) over the Firefox build. It
 * fails on any error or warning, except the one Preact's renderer raises: it writes `innerHTML` for
 * `dangerouslySetInnerHTML`, which Remit never uses (Biome's `noDangerouslySetInnerHtml` forbids it).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const root = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(root, '.output/firefox-mv3');
const webExt = path.join(root, 'node_modules/.bin/web-ext');

/** Preact's one write of markup: `<element>.innerHTML=<props>.__html`, and no other `innerHTML =`. */
async function onlyPreactsMarkupWrite(file: string): Promise<boolean> {
  const code = await readFile(path.join(sourceDir, file), 'utf8');
  const writes = code.match(/\binnerHTML\s*=(?!=)[^,;)]*/g) ?? [];
  return writes.length > 0 && writes.every((write) => /^innerHTML\s*=\s*[\w$]+\.__html$/.test(write));
}

const { stdout } = await promisify(execFile)(
  webExt,
  ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
  { maxBuffer: 16 * 1024 * 1024 },
).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
const report = JSON.parse(stdout) as {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
};

const unexplained: LintMessage[] = [...report.errors];
for (const warning of report.warnings) {
  const preact =
    warning.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    warning.file !== undefined &&
    (await onlyPreactsMarkupWrite(warning.file));
  if (!preact) unexplained.push(warning);
}
for (const message of unexplained) console.error(`${message.code} ${message.file ?? ''}: ${message.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - (unexplained.length - report.errors.length)} from Preact's innerHTML), ${report.notices.length} notices`,
);
process.exit(unexplained.length === 0 ? 0 : 1);
