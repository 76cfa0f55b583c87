/**
 * Open shadow roots (web-component CRMs such as Salesforce Lightning) hold page text the
 * document's walk and observer do not see. Each one met is styled, watched and walked once.
 * Closed roots are private to their component, by design; we leave them be.
 */
export interface ShadowRoots {
  /** Takes in a root; false when it was already known. */
  add(root: ShadowRoot): boolean;
  /** Known roots still in the document (for hit-testing inside them). */
  connected(): ShadowRoot[];
}

export function createShadowRoots(): ShadowRoots {
  const known = new Set<ShadowRoot>();
  return {
    add(root) {
      if (known.has(root)) return false;
      known.add(root);
      return true;
    },
    connected() {
      const out: ShadowRoot[] = [];
      for (const root of known) {
        if (root.host.isConnected) out.push(root);
        else known.delete(root);
      }
      return out;
    },
  };
}
