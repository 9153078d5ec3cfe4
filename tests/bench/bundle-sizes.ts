import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Figure, figure } from './figures';

/** Entrypoints as the browser loads them: HTML pages pull in their scripts and styles, scripts their chunks. */
const entrypoints: Record<string, string> = {
  background: 'background.js',
  'clio-loader': 'content-scripts/clio.js',
  'clio-features': 'content-scripts/clio-features.js',
  // What each tab of a Send all loads instead of the features.
  'clio-send': 'content-scripts/clio-send.js',
  popup: 'popup.html',
  options: 'options.html',
};

export async function bundleSizes(outputDir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, entry] of Object.entries(entrypoints)) {
    const files = await filesLoadedBy(outputDir, entry);
    let bytes = 0;
    for (const file of files)
      bytes += gzipSync(await readFile(path.join(outputDir, file)), { level: 9 }).length;
    figures.push(figure(`bundle.${name}.gzip_bytes`, bytes, 'bytes'));
  }
  return figures;
}

/** The entry file, every chunk it imports (transitively) and the CSS it links or injects. */
async function filesLoadedBy(outputDir: string, entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = await readFile(path.join(outputDir, file), 'utf8');
    for (const reference of references(text, file)) await visit(reference);
  };
  await visit(entry);
  const sibling = entry.replace(/\.js$/, '.css');
  if (sibling !== entry && (await exists(path.join(outputDir, sibling)))) seen.add(sibling);
  return seen;
}

function references(text: string, file: string): string[] {
  const found = new Set<string>();
  const patterns = [/(?:src|href)="([^"]+\.(?:js|css))"/g, /(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const target = match[1] ?? '';
      const resolved = target.startsWith('/')
        ? target.slice(1)
        : path.posix.join(path.posix.dirname(file), target);
      found.add(resolved);
    }
  }
  return [...found];
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}
