/**
 * Loads the Firefox build into Debian's Firefox ESR (web-ext run, headless) and watches it start: the
 * add-on must install, and nothing of Remit's (a `moz-extension:` script) may log an error while its
 * background starts. Playwright's Firefox cannot load an extension, so this is Firefox's smoke test.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const FIREFOX = process.env.REMIT_FIREFOX ?? '/usr/bin/firefox-esr';
/** How long Remit's background is watched once the add-on is installed. */
const WATCH_MS = 8_000;

const run = spawn(
  path.join(root, 'node_modules/.bin/web-ext'),
  [
    'run',
    '--source-dir',
    path.join(root, '.output/firefox-mv3'),
    '--firefox',
    FIREFOX,
    '--no-input',
    '--no-reload',
    '--verbose',
    '--args=-headless',
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);

let output = '';
let installed = false;
const verdict = new Promise<string[]>((resolve, reject) => {
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString();
    if (!installed && /installTemporaryAddon: .*"id":"remit@remit-for-clio\.app"/.test(output)) {
      installed = true;
      setTimeout(() => resolve(remitErrors(output)), WATCH_MS);
    }
  };
  run.stdout.on('data', onOutput);
  run.stderr.on('data', onOutput);
  run.on('exit', (code) => reject(new Error(`Firefox stopped (${code}) before Remit was installed`)));
  setTimeout(() => reject(new Error('Firefox did not install Remit within a minute')), 60_000);
});

/** Errors Firefox logged from Remit's own scripts. */
function remitErrors(log: string): string[] {
  return log.split('\n').filter((line) => /error/i.test(line) && line.includes('moz-extension://'));
}

try {
  const errors = await verdict;
  for (const line of errors) console.error(line);
  console.log(`Firefox: Remit installed; ${errors.length} errors from its scripts in ${WATCH_MS / 1000} s`);
  process.exitCode = errors.length === 0 ? 0 : 1;
} catch (error) {
  console.error(output.slice(-4000));
  console.error(error);
  process.exitCode = 1;
} finally {
  run.kill('SIGTERM');
}
