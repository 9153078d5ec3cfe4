import type { Plugin } from 'vite';

/**
 * Builds zod in its JIT-less mode. zod can compile each object schema into a function made with the
 * Function constructor, which Firefox's add-on review reads as eval and an extension's content
 * security policy forbids anyway. Fixed at build, the mode also leaves the compiler out of the bundle.
 */
export function zodJitless(): Plugin {
  return {
    name: 'remit:zod-jitless',
    apply: 'build',
    transform(code, id) {
      if (!/\/node_modules\/zod\/v4\/core\/(schemas|util)\.js$/.test(id)) return;
      return code.replace(/\b(core\.)?globalConfig\.jitless\b/g, 'true');
    },
  };
}
