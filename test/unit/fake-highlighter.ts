// A stand-in for the content script's highlighter in scanner tests: what was read, keyed by node.
import type { PhoneMatch } from '../../src/shared/phone';
import type { Highlighter } from '../../content-scripts/crm/highlighter';

/** Records what the scanner found, keyed by the text it was found in. */
export function fakeHighlighter() {
  const found = new Map<Text, { key: string; matches: PhoneMatch[] }>();
  const keyOf = (data: string, whole: boolean) => `${whole ? 1 : 0}${data}`;
  let reads = 0;
  const highlighter: Highlighter = {
    isCurrent: (node, data, whole) => found.get(node)?.key === keyOf(data, whole),
    set: (node, data, whole, matches) => {
      reads++;
      found.set(node, { key: keyOf(data, whole), matches });
    },
    matchesOf: (node) => found.get(node)?.matches ?? null,
    hasNumbersIn: () => false,
    track: () => true,
    untracked: 0,
    sweep: () => undefined,
    sweepRemoved: () => () => true,
    clear: () => found.clear(),
    count: 0,
    remove: () => undefined,
  };
  const numbers = () => [...found].flatMap(([node, { matches }]) => matches.map((m) => `${node.data.slice(m.start, m.end)} → ${m.e164}`)).sort();
  return { highlighter, numbers, reads: () => reads };
}

