/**
 * A name in plain text, such as a notification's title, between Unicode's first strong isolate and pop
 * directional isolate: a name written right to left, or holding a direction override, is laid out on
 * its own and cannot reorder the words around it. Pages isolate names with `<bdi>` instead.
 */
export const isolated = (name: string): string => `\u2068${name}\u2069`;
