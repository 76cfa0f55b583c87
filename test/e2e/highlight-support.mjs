// Reading our highlights from a test: CSS.highlights is one registry per document, shared by the
// page's main world and our content script's isolated world, so page.evaluate sees our ranges.

/** The text under each range of our highlight, and whether its node is still in the document. */
export function highlighted(page) {
  return page.evaluate(() => {
    const h = CSS.highlights.get('ccps-phone');
    return h ? [...h].map((r) => ({ text: r.startContainer.data.slice(r.startOffset, r.endOffset), connected: r.startContainer.isConnected, valid: r.endOffset <= r.startContainer.length })) : [];
  });
}

export const texts = (ranges) => ranges.map((r) => r.text).sort();

/** Waits until the highlighted texts equal `expected` (sorted), polling in node. */
export async function waitForHighlights(page, expected, timeout = 10_000) {
  const want = JSON.stringify([...expected].sort());
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await highlighted(page);
    if (JSON.stringify(texts(last)) === want) return last;
    if (Date.now() > deadline) throw new Error(`highlights ${JSON.stringify(texts(last))}, expected ${want}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
