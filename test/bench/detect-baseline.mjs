/* global NodeFilter, requestAnimationFrame, MutationObserver */
// The naive baseline of the detection bench, run in the page's main world: libphonenumber's
// findPhoneNumbersInText on every text node, each number wrapped in a <span>, then the layout
// that wrapping forces. What a simple click-to-dial extension does. Bundled by the bench.
import { findPhoneNumbersInText } from 'libphonenumber-js';

function wrapNumbers(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !/^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA)$/.test(parent.tagName) && !parent.classList.contains('naive-phone')) nodes.push(n);
  }
  let found = 0;
  for (const node of nodes) {
    const matches = findPhoneNumbersInText(node.data, 'JP');
    // Right to left, so earlier offsets stay valid while the node is split.
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i];
      const number = node.splitText(m.startsAt);
      number.splitText(m.endsAt - m.startsAt);
      const span = document.createElement('span');
      span.className = 'naive-phone';
      span.dataset.e164 = m.number.number;
      number.replaceWith(span);
      span.append(number);
      found++;
    }
  }
  return found;
}

window.naiveBaseline = { found: 0, scanMs: 0, rescanMs: 0 };
// Started at the same moment as ours: after the first frame that follows DOMContentLoaded, so
// neither pays for the page's own first layout.
document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(scan, 0)));

function scan() {
  const t0 = performance.now();
  window.naiveBaseline.found = wrapNumbers(document.body);
  void document.body.offsetHeight; // the relayout the new spans cause
  window.naiveBaseline.scanMs = performance.now() - t0;
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !n.classList.contains('naive-phone')) wrapNumbers(n);
    void document.body.offsetHeight;
    // Its own wrapping calls it back once more: the work of every call is counted.
    window.naiveBaseline.rescanMs += performance.now() - t;
  }).observe(document.body, { childList: true, subtree: true });
}
