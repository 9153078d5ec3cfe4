import path from 'node:path';
import { cruise, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';

/**
 * Remit's architecture as dependency rules, for the tree under `root` (the project, or a fixture that
 * breaks each rule on purpose). Folders are read with type-only imports, which a reader follows too;
 * bundles without them, as the bundler drops them.
 */
function folderRules(root: string): IForbiddenRuleType[] {
  return [
    {
      name: 'no-folder-cycle',
      comment: 'A lib folder importing a folder that imports it back is one behaviour split in two.',
      severity: 'error',
      scope: 'folder',
      from: { path: `^${root}lib/` },
      to: { circular: true },
    },
    {
      name: 'lib-below-ui',
      comment: 'lib holds what pages and features share; it never reaches up into them.',
      severity: 'error',
      from: { path: `^${root}lib/` },
      to: { path: `^${root}(features|components|entrypoints)/` },
    },
  ];
}

function bundleRules(root: string): IForbiddenRuleType[] {
  const under = (folder: string) => `^${root}${folder}`;
  return [
    {
      name: 'content-script-reaches-background',
      comment:
        "A content script runs in Clio's page: it asks the background, and never holds the cache, the " +
        'token or the Clio client (nor their weight).',
      severity: 'error',
      from: { path: `${under('entrypoints/')}[^/]+\\.content/` },
      to: {
        reachable: true,
        path: [
          under('entrypoints/background/'),
          `${under('lib/')}.+/handlers\\.ts$`,
          under('lib/db/(database|migrations)\\.ts$'),
          under('lib/messaging/(handle|publish)\\.ts$'),
          under('lib/connection/(?!messages\\.ts$)'),
          under('lib/clio/(api|oauth)\\.ts$'),
          'node_modules/(dexie|ky)/',
        ],
      },
    },
    {
      name: 'pages-carry-no-schemas',
      comment:
        'The background validates every message both ways; the popup, the panel and each Send all tab ' +
        'take its answers as they come, and parse the popup and Clio pages faster without a schema library.',
      severity: 'error',
      from: { path: [`${under('entrypoints/')}[^/]+\\.content/`, under('entrypoints/popup/')] },
      to: { reachable: true, path: 'node_modules/zod/' },
    },
    {
      name: 'loader-stays-tiny',
      comment: 'The loader runs on every Clio page: no React, no schemas, no features of its own.',
      severity: 'error',
      from: { path: under('entrypoints/clio\\.content/') },
      to: {
        reachable: true,
        path: ['node_modules/(react|react-dom|zod|zustand)/', under('lib/protocol\\.ts$')],
      },
    },
  ];
}

/** Every rule broken in the tree under `root`, as "rule: from → to" lines. */
export async function architectureViolations(root: string, folders: string[]): Promise<string[]> {
  return [
    ...(await violations(root, folders, folderRules(root), true)),
    ...(await violations(root, folders, bundleRules(root), false)),
  ];
}

async function violations(
  root: string,
  folders: string[],
  forbidden: IForbiddenRuleType[],
  withTypes: boolean,
): Promise<string[]> {
  const result = await cruise(
    folders.map((folder) => `${root}${folder}`),
    {
      ruleSet: { forbidden },
      validate: true,
      tsPreCompilationDeps: withTypes,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.(css|html)$' },
    },
    // WXT's `@/` alias, which its generated tsconfig declares relative to its own folder.
    { alias: { '@': path.resolve(root || '.') }, extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a result');
  const found: IViolation[] = result.output.summary.violations;
  return found.map(
    (violation) =>
      `${violation.rule.name}: ${violation.from} → ${violation.to}` +
      (violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(' → ')})` : ''),
  );
}
