import { type BrowserContext, type CDPSession, type Page, selectors } from '@playwright/test';

/**
 * Playwright locators into the closed shadow root Remit mounts its panel in. A page's own scripts
 * cannot reach a closed root (that is the point), and neither can Playwright's. The DevTools protocol
 * can: it lists closed roots and hands the page's world a reference to one. So a selector engine,
 * `closed=<host selector>`, yields the top elements of each host's root; when it meets a host whose
 * root it has not been given, it asks the test process (through a binding) to hand over the page's
 * closed roots, and Playwright's own retrying picks them up. Locators, waiting actions and web-first
 * assertions then work unchanged, and clicks and typing stay real input.
 *
 * Once handed over, a root is reachable by the page's scripts too: a test that the page cannot reach
 * Remit's panel must run before any `closed=` locator is used on that page.
 */

const BINDING = '__remitTestRevealClosedRoots';
const STASH = '__remitTestClosedRoots';

/** Runs in the page's world, as Playwright runs selector engines: a string, so it is exactly this code. */
const engine = `({
  queryAll(scope, hostSelector) {
    const stash = (globalThis.${STASH} ??= new WeakMap());
    const found = [];
    for (const host of scope.querySelectorAll(hostSelector)) {
      const root = host.shadowRoot ?? stash.get(host);
      if (root) found.push(...Array.from(root.children).filter((element) => element.localName !== 'style'));
      else if (!globalThis.${STASH}Asking && typeof globalThis.${BINDING} === 'function') {
        globalThis.${STASH}Asking = true;
        globalThis.${BINDING}().finally(() => { globalThis.${STASH}Asking = false; });
      }
    }
    return found;
  },
  query(scope, hostSelector) { return this.queryAll(scope, hostSelector)[0] ?? null; },
})`;

let registered: Promise<void> | undefined;

/** Registers `closed=` once per test process, before any page that uses it exists. */
export function registerClosedShadowEngine(): Promise<void> {
  registered ??= selectors.register('closed', engine);
  return registered;
}

interface DomNode {
  backendNodeId: number;
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Lets `closed=` ask for the closed roots of the page it runs in; call once per browser context. */
export async function revealClosedShadowRoots(context: BrowserContext): Promise<void> {
  const sessions = new WeakMap<Page, CDPSession>();
  await context.exposeBinding(BINDING, async ({ page }) => {
    let cdp = sessions.get(page);
    if (!cdp) {
      cdp = await context.newCDPSession(page);
      sessions.set(page, cdp);
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    for (const closed of closedRoots(root)) {
      try {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: closed.backendNodeId });
        await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId ?? '',
          functionDeclaration: `function () { (globalThis.${STASH} ??= new WeakMap()).set(this.host, this); }`,
        });
        await cdp.send('Runtime.releaseObject', { objectId: object.objectId ?? '' });
      } catch {
        // The root went away meanwhile (a remount, a navigation): the engine asks again.
      }
    }
  });
}

function closedRoots(node: DomNode): DomNode[] {
  const own = (node.shadowRoots ?? []).filter((root) => root.shadowRootType === 'closed');
  const inside = [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ];
  return [...own, ...inside.flatMap(closedRoots)];
}
