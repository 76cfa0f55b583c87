// The pages of the heavy-page benches (issue #10, point 7), generated the same on every run:
// - a call log of 25,000 rows, six text nodes a row (150,000 text nodes): dates, directions,
//   names, numbers, durations and contact IDs, as a contact centre's history page shows them;
// - a live call queue whose script changes about 1,000 text nodes a second (timers, states,
//   waiting counts, callers' numbers) while a recent-calls log sits below it.
// Rows are rendered as HTML text here (no innerHTML at run time).
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CALL_LOG_ROWS = 25_000;
export const QUEUE_ROWS = 120;
const STORM_LOG_ROWS = 5_000;

/** mulberry32 (as src/shared/phone/detect.bench-data.ts): the same rows on every engine and run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤', 'Smith', 'Garcia', 'Tanaka'];
const GIVEN = ['太郎', '花子', '健', '美咲', '翔太', '陽菜', 'John', 'Maria', 'Ken'];
const pad = (n, width) => String(n).padStart(width, '0');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function makeText(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const digits = (n) => pad(Math.floor(rand() * 10 ** n), n);
  return {
    pick,
    digits,
    name: () => `${pick(FAMILY)} ${pick(GIVEN)}`,
    phone() {
      const r = rand();
      if (r < 0.3) return `03-${digits(4)}-${digits(4)}`;
      if (r < 0.55) return `090-${digits(4)}-${digits(4)}`;
      if (r < 0.65) return `+81 6-${digits(4)}-${digits(4)}`;
      if (r < 0.75) return `0120-${digits(3)}-${digits(3)}`;
      if (r < 0.85) return `(045) ${digits(3)}-${digits(4)}`;
      if (r < 0.92) return `080${digits(8)}`;
      return '非通知';
    },
    date: () => `2026-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)} ${pad(Math.floor(rand() * 24), 2)}:${digits(2).replace(/^[6-9]/, '5')}:${digits(2).replace(/^[6-9]/, '1')}`,
    duration: () => `${pad(Math.floor(rand() * 2), 2)}:${pad(Math.floor(rand() * 60), 2)}:${pad(Math.floor(rand() * 60), 2)}`,
    contactId: () => `${digits(8)}-${digits(4)}-4${digits(3)}-a${digits(3)}-${digits(12)}`,
  };
}

const STYLE = 'body{font:13px/1.4 system-ui,"Noto Sans CJK JP",sans-serif;margin:0}table{border-collapse:collapse}td,th{border-bottom:1px solid #e3e6ea;padding:3px 8px;white-space:nowrap;text-align:left}';

/** 25,000 rows × 6 cells, no whitespace between rows: 150,000 text nodes in the table. */
export function callLogPage(rows = CALL_LOG_ROWS) {
  const rand = random(10);
  const t = makeText(rand);
  const body = [];
  for (let i = 0; i < rows; i++) {
    const cells = [t.date(), t.pick(['着信', '発信', 'Inbound', 'Outbound', '不在着信']), t.name(), t.phone(), t.duration(), t.contactId()];
    body.push(`<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`);
  }
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Call log — ${rows} calls</title><style>${STYLE}</style></head>
<body><header><h1>通話履歴</h1><call-filter>すべての通話</call-filter></header>
<table id="calls"><thead><tr><th>日時</th><th>種別</th><th>顧客</th><th>電話番号</th><th>通話時間</th><th>Contact ID</th></tr></thead>
<tbody>${body.join('')}</tbody></table>
</body></html>
`;
}

/**
 * The live queue: QUEUE_ROWS agents (name, state, time in state, caller, queue, waiting), then a
 * log of recent calls. `window.storm({perSecond, seconds})` changes `perSecond` text nodes a
 * second (catching up when the page is late, so the rate holds), counts the frames the page
 * renders meanwhile, and resolves with { changes, frames, ms, lastChangeAt }.
 * Changes, as a live dashboard makes them: a timer's text node rewritten (characterData), a
 * waiting count rewritten, a state cell re-rendered (textContent: the text node is replaced),
 * a caller's number replaced either way.
 */
export function stormPage() {
  const rand = random(20);
  const t = makeText(rand);
  const STATES = ['Available', '通話中', 'After call work', '保留中', 'Offline'];
  const QUEUES = ['サポート', 'Sales', '請求', 'VIP'];
  const queue = [];
  for (let i = 0; i < QUEUE_ROWS; i++) {
    const cells = [t.name(), t.pick(STATES), `${pad(Math.floor(rand() * 10), 2)}:${pad(Math.floor(rand() * 60), 2)}`, t.phone(), t.pick(QUEUES), String(Math.floor(rand() * 9))];
    queue.push(`<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`);
  }
  const log = [];
  for (let i = 0; i < STORM_LOG_ROWS; i++) {
    const cells = [t.date(), t.pick(['着信', '発信']), t.name(), t.phone(), t.duration(), t.contactId()];
    log.push(`<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`);
  }
  // Numbers the storm writes: drawn here, the same on every run.
  const numbers = Array.from({ length: 500 }, () => t.phone());
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Live queue</title><style>${STYLE}</style></head>
<body><h1>リアルタイム キュー</h1>
<table id="queue"><thead><tr><th>Agent</th><th>State</th><th>Time</th><th>Caller</th><th>Queue</th><th>Waiting</th></tr></thead>
<tbody>${queue.join('')}</tbody></table>
<h2>最近の通話</h2>
<table id="log"><tbody>${log.join('')}</tbody></table>
<script>
(() => {
  const NUMBERS = ${JSON.stringify(numbers)};
  const STATES = ${JSON.stringify(STATES)};
  const rows = [...document.querySelectorAll('#queue tbody tr')].map((tr) => [...tr.children]);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const change = () => {
    const cells = pick(rows);
    const r = rand();
    if (r < 0.4) {
      const text = cells[2].firstChild;
      const [m, s] = text.data.split(':').map(Number);
      const next = (m * 60 + s + 1) % 6000;
      text.data = String(Math.floor(next / 60)).padStart(2, '0') + ':' + String(next % 60).padStart(2, '0');
    } else if (r < 0.6) {
      cells[5].firstChild.data = String(Math.floor(rand() * 12));
    } else if (r < 0.8) {
      cells[1].textContent = pick(STATES);
    } else if (r < 0.9) {
      cells[3].textContent = pick(NUMBERS);
    } else {
      cells[3].firstChild.data = pick(NUMBERS);
    }
  };
  window.storm = ({ perSecond = 1000, seconds = 3 } = {}) => new Promise((resolve) => {
    const t0 = performance.now();
    let changes = 0;
    let frames = 0;
    let running = true;
    const frame = () => {
      if (!running) return;
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const timer = setInterval(() => {
      const now = performance.now();
      const end = Math.min(now, t0 + seconds * 1000);
      const due = Math.floor(((end - t0) * perSecond) / 1000);
      while (changes < due) { change(); changes++; }
      if (now >= t0 + seconds * 1000) {
        clearInterval(timer);
        running = false;
        resolve({ changes, frames, ms: now - t0, lastChangeAt: performance.now() });
      }
    }, 10);
  });
})();
</script>
</body></html>
`;
}

/** Writes one page (`call-log` or `storm`, as `<name>.html`) into a folder of its own; returns the folder. */
export async function writeBenchPage(name) {
  const dir = path.join(tmpdir(), `ccps-bench-${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.html`), name === 'storm' ? stormPage() : callLogPage());
  return dir;
}
