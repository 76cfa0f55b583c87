/**
 * Follows what the page changes: added subtrees and changed text are read again (urgently, before
 * the rest of a running walk), and when anything was removed the highlights of text that left the
 * document are dropped. Nothing else is re-read.
 */
export interface DomWatcher {
  observe(root: Document | ShadowRoot): void;
}

export interface DomWatcherOptions {
  signal: AbortSignal;
  changed(node: Node): void;
  removed(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchDom({ signal, changed, removed }: DomWatcherOptions): DomWatcher {
  const observer = new MutationObserver((records) => {
    let anyRemoved = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        changed(record.target);
        continue;
      }
      for (const node of record.addedNodes) changed(node);
      if (record.removedNodes.length > 0) anyRemoved = true;
    }
    if (anyRemoved) removed();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    observe(root) {
      if (!signal.aborted) observer.observe(root, OPTIONS);
    },
  };
}
