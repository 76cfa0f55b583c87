/* global NodeFilter, requestAnimationFrame, innerHeight, innerWidth */
// Run in the page's main world by the storm bench (bundled with the detector): is what our
// highlight shows what a fresh read of the page's text gives? A fresh read reads every text node
// as the content script reads it (the same detector, the same options, the same skipped text);
// then each frame compares the highlight with it:
// - stale: a highlighted range that is not a number of the text now there (text the page changed
//   or removed since it was read);
// - missing: a number of text on screen that is not highlighted (only numbers near the viewport
//   are painted, see highlighter.ts; on screen they must be).
import { findPhoneNumbers } from '../../src/shared/phone';
import { HIGHLIGHT_NAME } from '../../content-scripts/crm/highlight-style';
import { isInsideSkipped } from '../../content-scripts/crm/page-text';
import { findOptionsFor } from '../../content-scripts/crm/read-options';

// Text under `unchanging` (a part of the page its script never changes) is read once, before the
// changes start: reading it again when they stop would hold up the page's thread, and our script
// with it, in the very moments being timed.
let unchanging = null;
let unchangingRead = null;

function freshRead(country, root = document.body, skip = unchanging) {
  const expected = new Map(unchangingRead?.expected ?? []);
  const onScreen = [...(unchangingRead?.onScreen ?? [])];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node === skip ? NodeFilter.FILTER_REJECT : node.nodeType === 3 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isInsideSkipped(node)) continue;
    const found = findPhoneNumbers(node.data, findOptionsFor(node, country));
    if (found.length === 0) continue;
    expected.set(node, new Set(found.map((m) => `${m.start}-${m.end}`)));
    const rect = node.parentElement.getBoundingClientRect();
    if (rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth) onScreen.push(node);
  }
  return { expected, onScreen };
}

function compare({ expected, onScreen }) {
  const painted = new Map();
  let stale = 0;
  let ranges = 0;
  for (const range of CSS.highlights.get(HIGHLIGHT_NAME) ?? []) {
    ranges++;
    const node = range.startContainer;
    const key = `${range.startOffset}-${range.endOffset}`;
    if (node !== range.endContainer || !node.isConnected || !expected.get(node)?.has(key)) {
      stale++;
      continue;
    }
    if (!painted.has(node)) painted.set(node, new Set());
    painted.get(node).add(key);
  }
  let missing = 0;
  let shown = 0;
  for (const node of onScreen) {
    for (const key of expected.get(node)) {
      shown++;
      if (!painted.get(node)?.has(key)) missing++;
    }
  }
  return { stale, missing, shown, ranges };
}

/** Reads the part of the page under `selector` now, once: the page never changes it. */
window.ccpsHighlightCheckPrepare = (selector, country) => {
  unchangingRead = null;
  unchanging = document.querySelector(selector);
  unchangingRead = freshRead(country, unchanging, null);
};

/**
 * From `since` (when the text last changed): reads the page afresh once, then compares every
 * frame until the highlight matches (or `timeoutMs`), and once more `holdMs` later (it must stay
 * right). Resolves with the delay until it matched and both comparisons.
 */
window.ccpsHighlightCheck = (since, country, timeoutMs = 2000, holdMs = 300) => new Promise((resolve) => {
  const fresh = freshRead(country);
  const frame = () => {
    const now = performance.now();
    const result = compare(fresh);
    if ((result.stale === 0 && result.missing === 0) || now - since > timeoutMs) {
      const matchedAfter = result.stale === 0 && result.missing === 0 ? now - since : Infinity;
      setTimeout(() => resolve({ matchedAfter, atMatch: result, later: compare(fresh), expectedTexts: fresh.expected.size }), holdMs);
      return;
    }
    requestAnimationFrame(frame);
  };
  frame();
});
