/**
 * Follows what the page changes: added subtrees and changed text are read again (urgently, before
 * the rest of a running walk), and when anything was removed the highlights of text that left the
 * document are dropped (looking only at what was removed). Nothing else is re-read.
 */
export interface DomWatcher {
  observe(root: Document | ShadowRoot): void;
}

export interface DomWatcherOptions {
  signal: AbortSignal;
  changed(node: Node): void;
  /** What the page removed in one batch of changes (subtrees; some may be back in the page). */
  removed(nodes: Node[]): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchDom({ signal, changed, removed }: DomWatcherOptions): DomWatcher {
  const observer = new MutationObserver((records) => {
    const gone: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') {
        changed(record.target);
        continue;
      }
      for (const node of record.addedNodes) changed(node);
      for (const node of record.removedNodes) gone.push(node);
    }
    if (gone.length > 0) removed(gone);
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    observe(root) {
      if (!signal.aborted) observer.observe(root, OPTIONS);
    },
  };
}
