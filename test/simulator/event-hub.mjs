// Server-Sent Events to a set of pages. Each page is one open response;
// a page that goes away (tab closed, iframe replaced) is dropped.

import { EventEmitter } from 'node:events';

const KEEPALIVE_MS = 15000;

export class EventHub extends EventEmitter {
  constructor() {
    super();
    this.clients = new Map(); // id → res
    this.keepalive = setInterval(() => {
      for (const res of this.clients.values()) res.write(': keepalive\n\n');
    }, KEEPALIVE_MS);
    this.keepalive.unref();
  }

  add(res, id) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'Access-Control-Allow-Origin': '*',
    });
    res.write(': connected\n\n');
    const old = this.clients.get(id);
    if (old && old !== res) old.end();
    this.clients.set(id, res);
    res.on('close', () => {
      if (this.clients.get(id) !== res) return;
      this.clients.delete(id);
      this.emit('leave', id);
      this.emit('count', this.clients.size);
    });
    this.emit('count', this.clients.size);
  }

  get size() {
    return this.clients.size;
  }

  /** To every client. Dates become ISO strings; the CCP page turns them back. */
  send(event, data) {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data ?? null)}\n\n`;
    for (const res of this.clients.values()) res.write(frame);
  }

  sendTo(id, event, data) {
    const res = this.clients.get(id);
    if (res) res.write(`event: ${event}\ndata: ${JSON.stringify(data ?? null)}\n\n`);
  }

  closeAll() {
    clearInterval(this.keepalive);
    for (const res of this.clients.values()) res.end();
    this.clients.clear();
  }
}
