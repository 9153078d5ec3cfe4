/**
 * `npm run bench`: every figure with its floor and budget, measured in this run on this machine.
 * `--json FILE` also writes them as JSON. A figure over its budget makes the run fail.
 */
import { writeFile } from 'node:fs/promises';
import { EXTENSION_DIR } from '../support/remit-browser';
import { bulkSendFigures } from './bulk-send';
import { bundleSizes } from './bundle-sizes';
import { contentScriptCost } from './content-script';
import { asJson, asTable, type Figure, overBudget } from './figures';
import { idleMessages } from './idle-messages';
import { popupPaint } from './popup-paint';
import { syncFloor } from './sync-floor';
import { syncFull } from './sync-full';
import { syncRateLimited } from './sync-rate-limited';
import { syncRealLimit } from './sync-real-limit';
import { workspaceFigures } from './workspace';

const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt === -1 ? undefined : process.argv[jsonAt + 1];
if (jsonAt !== -1 && !jsonFile) throw new Error('--json needs a file name');

const bundles = await bundleSizes(EXTENSION_DIR);
const figures: Figure[] = [...bundles, ...(await contentScriptCost(bundles)), ...(await popupPaint(bundles))];
figures.push(...(await workspaceFigures()));
figures.push(...(await idleMessages()));
const floor = await syncFloor();
figures.push(...floor);
const floorOf = (name: string) => floor.find((f) => f.name === name)?.value ?? Number.NaN;
figures.push(
  ...(await syncFull({ seconds: floorOf('sync.floor.seconds'), requests: floorOf('sync.floor.requests') })),
);
figures.push(...(await syncRateLimited()));
figures.push(...(await syncRealLimit()));
figures.push(...(await bulkSendFigures()));

console.log(asTable(figures));
if (jsonFile) {
  await writeFile(jsonFile, `${JSON.stringify(asJson(figures), null, 2)}\n`);
  console.log(`\nWrote ${jsonFile}`);
}
const over = overBudget(figures);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((f) => f.name).join(', ')}`);
  process.exitCode = 1;
}
