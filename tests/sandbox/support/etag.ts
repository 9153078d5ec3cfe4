/** A quoted opaque etag, unique per (kind, id, version). FNV-1a keeps it short and deterministic. */
export function makeEtag(kind: string, id: number, version: number): string {
  let hash = 0x811c9dc5;
  const text = `${kind}:${id}:${version}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `"${hash.toString(16).padStart(8, '0')}${version.toString(16)}"`;
}
