/**
 * `npm start`: the Clio sandbox with demo data and Remit loaded in Chromium on "Clio". With a display
 * the browser stays open for you; without one, a short scripted tour runs headless and saves screenshots.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startSandbox } from '../tests/sandbox/server';
import { launchRemit } from '../tests/support/remit-browser';
import { runTour } from './tour';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const sandbox = await startSandbox({ tls: true, size: 60 });
console.log(`Clio sandbox (demo data) at ${sandbox.url}; Clio's hosts point there inside this Chromium.`);
const remit = await launchRemit({ sandboxPort: sandbox.port, headless: !hasDisplay });

if (hasDisplay) {
  await runTour(remit, { log: console.log });
  console.log('Remit is connected to the sandbox. Close the browser window (or press Ctrl-C) to stop.');
  await new Promise<void>((resolve) => {
    remit.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
} else {
  const folder = path.resolve('tour-screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
  await mkdir(folder, { recursive: true });
  console.log('No display: running the scripted tour headless.');
  await runTour(remit, { log: console.log, screenshots: folder });
  console.log(`Screenshots saved in ${folder}`);
}

await remit.close();
await sandbox.close();
