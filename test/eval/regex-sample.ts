/**
 * Random strings matching one of libphonenumber's number patterns ("(?:1[2-4]|[36]\d)\d{7}"):
 * the patterns use only digits, classes, \d, non-capturing groups, alternation and {n}, {n,m}, ?
 * quantifiers, so a small sampler covers them. Each alternative is taken with equal chance, so
 * rare ranges are drawn as often as common ones.
 */
import type { Rng } from './prng';

type Node =
  | { kind: 'chars'; chars: string }
  | { kind: 'alt'; options: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const DIGITS = '0123456789';
const cache = new Map<string, Node[][]>();

export function samplePattern(pattern: string, rng: Rng): string {
  let tree = cache.get(pattern);
  if (!tree) {
    const parser = new Parser(pattern);
    tree = parser.alternatives();
    if (parser.pos !== pattern.length) throw new Error(`cannot read pattern at ${parser.pos}: ${pattern}`);
    cache.set(pattern, tree);
  }
  return sampleSeq(rng.pick(tree), rng);
}

function sampleSeq(seq: Node[], rng: Rng): string {
  let out = '';
  for (const node of seq) out += sampleNode(node, rng);
  return out;
}

function sampleNode(node: Node, rng: Rng): string {
  switch (node.kind) {
    case 'chars':
      return rng.pick([...node.chars]);
    case 'alt':
      return sampleSeq(rng.pick(node.options), rng);
    case 'repeat': {
      let out = '';
      for (let i = rng.int(node.min, node.max); i > 0; i--) out += sampleNode(node.node, rng);
      return out;
    }
  }
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternatives(): Node[][] {
    const options: Node[][] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      seq.push(this.quantified(this.atom()));
    }
    return seq;
  }

  private atom(): Node {
    const c = this.src[this.pos]!;
    if (c === '(') {
      this.pos += this.src.startsWith('(?:', this.pos) ? 3 : 1;
      const options = this.alternatives();
      this.expect(')');
      return { kind: 'alt', options };
    }
    if (c === '[') {
      this.pos++;
      let chars = '';
      while (this.src[this.pos] !== ']') {
        if (this.src.startsWith('\\d', this.pos)) {
          chars += DIGITS;
          this.pos += 2;
        } else if (this.src[this.pos + 1] === '-' && this.src[this.pos + 2] !== ']') {
          const from = this.src.charCodeAt(this.pos);
          const to = this.src.charCodeAt(this.pos + 2);
          for (let k = from; k <= to; k++) chars += String.fromCharCode(k);
          this.pos += 3;
        } else chars += this.src[this.pos++];
      }
      this.pos++;
      return { kind: 'chars', chars };
    }
    if (this.src.startsWith('\\d', this.pos)) {
      this.pos += 2;
      return { kind: 'chars', chars: DIGITS };
    }
    if (/\d/.test(c)) {
      this.pos++;
      return { kind: 'chars', chars: c };
    }
    throw new Error(`cannot read pattern at ${this.pos} ("${c}"): ${this.src}`);
  }

  private quantified(node: Node): Node {
    const c = this.src[this.pos];
    if (c === '?') {
      this.pos++;
      return { kind: 'repeat', node, min: 0, max: 1 };
    }
    if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error(`bad quantifier in ${this.src}`);
      this.pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[2] === '' ? min + 3 : Number(m[2]);
      return { kind: 'repeat', node, min, max };
    }
    return node;
  }

  private expect(c: string): void {
    if (this.src[this.pos] !== c) throw new Error(`expected "${c}" at ${this.pos}: ${this.src}`);
    this.pos++;
  }
}
