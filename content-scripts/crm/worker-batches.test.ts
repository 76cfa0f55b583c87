// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../src/shared/phone';
import type { RemoteDetection } from './remote-detection';
import { createScanner } from './scanner';
import { createTimeSlicer } from './time-slicer';
import type { ItemBatch } from './worker-batches';
import { readInOtherCountries } from './read-options';
import './records-entry'; // the records bundle, as the worker registers it when other countries are set
import { fakeHighlighter } from '../../test/unit/fake-highlighter';

/** A worker the test answers by hand (with the real detector), or loses. */
function fakeRemote() {
  const sent: ItemBatch[] = [];
  let lost: ItemBatch[] = [];
  const remote: RemoteDetection<ItemBatch> = {
    usable: true,
    send: (batch) => void sent.push(batch),
    takeBackLost: () => {
      const l = lost;
      lost = [];
      for (const b of l) sent.splice(sent.indexOf(b), 1);
      return l;
    },
    get outstanding() {
      return sent.length;
    },
    get waiting() {
      return sent.length;
    },
    msUntilLost: 5,
    workerMs: 0,
  };
  const answer = (batch: ItemBatch, texts = batch.texts) => {
    sent.splice(sent.indexOf(batch), 1);
    batch.onAnswer(texts.map((t) => findPhoneNumbers(t, { defaultCountry: 'JP', wholeCell: true })));
  };
  const lose = (batch: ItemBatch) => void lost.push(batch);
  return { remote, sent, answer, lose };
}

function setup() {
  const fake = fakeHighlighter();
  const worker = fakeRemote();
  const signal = new AbortController().signal;
  let done = 0;
  const slicer = createTimeSlicer(signal, () => {
    if (scanner.settle()) done++;
  });
  const scanner = createScanner({ highlighter: fake.highlighter, slicer, country: () => 'JP', onShadowRoot: () => undefined, remote: worker.remote, signal });
  const settled = () => new Promise<void>((resolve) => {
    const check = () => (slicer.idle && done > 0 ? resolve() : setTimeout(check, 1));
    check();
  });
  const idle = () => new Promise<void>((resolve) => {
    const check = () => (slicer.idle ? resolve() : setTimeout(check, 1));
    check();
  });
  return { fake, worker, scanner, settled, idle, isDone: () => done > 0 };
}

function table(rows: number): HTMLElement {
  const main = document.createElement('main');
  const tableElement = document.createElement('table');
  for (let i = 0; i < rows; i++) {
    const tr = tableElement.insertRow();
    tr.insertCell().textContent = `03-1234-${1000 + i}`;
    tr.insertCell().textContent = `Order #${2024000000 + i}`;
  }
  main.append(tableElement);
  document.body.replaceChildren(main);
  return main;
}

describe('reading a page in the extension\'s worker', () => {
  it('sends a whole-page walk to the worker in batches, records its answers, and is done only then', async () => {
    const { fake, worker, scanner, idle, settled, isDone } = setup();
    table(600);
    scanner.scan(document.body);
    await idle();
    // 1,200 cells, two per row: a small first batch, then bigger ones once the worker is two behind.
    expect(worker.sent.map((b) => b.texts.length)).toEqual([100, 500, 600]);
    expect(fake.reads()).toBe(0); // nothing read on the page
    expect(isDone()).toBe(false);
    for (const batch of [...worker.sent]) worker.answer(batch);
    await settled();
    expect(fake.numbers()).toHaveLength(600);
    expect(fake.numbers()[0]).toBe('03-1234-1000 → +81312341000');
  });

  it('sends the whole walk, its last texts included, before it records any answer', async () => {
    const { fake, worker, scanner, settled } = setup();
    let sends = 0;
    const sendsWhenRecorded: number[] = [];
    const send = worker.remote.send;
    worker.remote.send = (batch, ...rest) => {
      sends++;
      send(batch, ...rest);
      worker.answer(batch); // a worker that answers at once
    };
    const set = fake.highlighter.set;
    fake.highlighter.set = (...args) => {
      sendsWhenRecorded.push(sends);
      set(...args);
    };
    table(600);
    scanner.scan(document.body);
    await settled();
    expect(sendsWhenRecorded[0]).toBe(4);
    expect(fake.numbers()).toHaveLength(600);
  });

  it('sends the rows a page adds in one message, not one a row', async () => {
    const { worker, scanner, idle, settled } = setup();
    const main = table(20);
    for (const row of main.querySelectorAll('tr')) scanner.scan(row, true); // as the MutationObserver reports them
    await idle();
    expect(worker.sent.map((b) => b.texts.length)).toEqual([40]);
    worker.answer(worker.sent[0]!);
    await settled();
  });

  /** A one-row table walked and sent to the worker, not yet answered; its phone cell's text. */
  async function sentRow(s: ReturnType<typeof setup>): Promise<Text> {
    const main = table(1);
    s.scanner.scan(document.body);
    await s.idle();
    return main.querySelector('td')!.firstChild as Text;
  }

  it('does not record an answer for text the page changed meanwhile: that text is read on the page', async () => {
    const s = setup();
    const { fake, worker, scanner, idle, settled } = s;
    const cell = await sentRow(s);
    cell.data = '090-1234-5678';
    scanner.scan(cell, true); // what the page's MutationObserver does
    await idle();
    worker.answer(worker.sent[0]!);
    await idle();
    // The page's own read is sent back to the worker to confirm (it reads with the full metadata).
    expect(worker.sent.map((b) => b.texts)).toEqual([['090-1234-5678']]);
    worker.answer(worker.sent[0]!);
    await settled();
    expect(fake.numbers()).toEqual(['090-1234-5678 → +819012345678']);
  });

  it('takes off a number the page read itself when the worker, reading it again, finds none', async () => {
    const { fake, worker, scanner, idle, settled } = setup();
    const main = table(1);
    scanner.scan(main, true);
    await idle();
    worker.answer(worker.sent[0]!);
    await settled();
    const p = document.createElement('p');
    p.textContent = '06-6123-4567';
    main.append(p);
    scanner.readNow(p.firstChild as Text); // a click: read on the page at once
    expect(fake.numbers()).toContain('06-6123-4567 → +81661234567');
    await idle();
    const confirm = worker.sent.at(-1)!;
    expect(confirm.texts).toEqual(['06-6123-4567']);
    // Stands for the full metadata calling the number invalid where the page's min set did not.
    worker.answer(confirm, ['no number here']);
    await idle();
    expect(fake.numbers()).not.toContain('06-6123-4567 → +81661234567');
  });

  it('records no number for text the page changed before it was read here, whichever comes first', async () => {
    const s = setup();
    const { fake, worker, settled } = s;
    const cell = await sentRow(s);
    cell.data = 'closed';
    worker.answer(worker.sent[0]!); // the answer about '03-1234-1000' arrives first
    await settled();
    expect(fake.highlighter.matchesOf(cell)).toBeNull();
    expect(fake.numbers()).toEqual([]);
  });

  it('reads on the page what the worker will not answer', async () => {
    const { fake, worker, scanner, idle, settled } = setup();
    table(3);
    scanner.scan(document.body);
    await idle();
    worker.lose(worker.sent[0]!);
    await settled();
    expect(fake.numbers()).toEqual(['03-1234-1000 → +81312341000', '03-1234-1001 → +81312341001', '03-1234-1002 → +81312341002']);
  });

  it('sends the page\'s changes to the worker too, and reads clicked text on the page at once', async () => {
    const { fake, worker, scanner, idle, settled } = setup();
    const main = table(2);
    scanner.scan(main, true);
    await idle();
    expect(worker.sent.map((b) => b.texts.length)).toEqual([4]);
    worker.answer(worker.sent[0]!);
    await settled();
    expect(fake.numbers()).toHaveLength(2);
    const p = document.createElement('p');
    p.textContent = '06-6123-4567';
    main.append(p);
    scanner.readNow(p.firstChild as Text);
    expect(fake.numbers()).toContain('06-6123-4567 → +81661234567');
  });
});

describe('batches for an agent who calls other countries', () => {
  function contacts() {
    const doc = new DOMParser().parseFromString(`<table>
      <thead><tr><th>Name</th><th>Phone</th><th>Country</th></tr></thead>
      <tbody>
        <tr><td>Alice</td><td>07700 900123</td><td>United Kingdom</td></tr>
        <tr><td>Ken</td><td>090-1234-5678</td><td>Japan</td></tr>
        <tr><td>Bob</td><td>(415) 555-0132</td><td>US</td></tr>
        <tr><td>Nobody</td><td>03-1234-5678</td><td></td></tr>
      </tbody></table>`, 'text/html');
    document.body.replaceChildren(...doc.body.childNodes);
  }

  it('carry the other countries, and each text\'s record country (\'\' where its row names none)', async () => {
    readInOtherCountries(['GB', 'US', 'JP']);
    try {
      const { worker, scanner, idle } = setup();
      contacts();
      scanner.scan(document.body);
      await idle();
      scanner.settle();
      const [batch] = worker.sent;
      expect(batch?.otherCountries).toEqual(['GB', 'US']); // not the default country
      const byText = Object.fromEntries(batch!.texts.map((text, i) => [text, batch!.recordCountries![i]]));
      expect(byText).toMatchObject({ '07700 900123': 'GB', '090-1234-5678': 'JP', '(415) 555-0132': 'US', '03-1234-5678': '' });
    } finally {
      readInOtherCountries([]);
    }
  });

  it('are what they always were when the agent calls no other country', async () => {
    const { worker, scanner, idle } = setup();
    contacts();
    scanner.scan(document.body);
    await idle();
    scanner.settle();
    expect(worker.sent[0]).not.toHaveProperty('otherCountries');
    expect(worker.sent[0]).not.toHaveProperty('recordCountries');
  });
});
