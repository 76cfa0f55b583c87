// What each CCP page reports about its call audio (public/ccp-media.js posts
// it every ~500 ms while it has, or just had, media): the stand-in for what
// Connect's media server would know about the agent's leg. GET
// /control/api/media serves it so a test can prove the audio outlives the
// windows around the phone.

const STRING_FIELDS = ['state', 'contactId', 'pcState', 'iceState', 'trackState', 'error'];
const NUMBER_FIELDS = ['bytesReceived', 'packetsReceived', 'bytesSent', 'audioCurrentTime'];
const BOOLEAN_FIELDS = ['audioPlaying', 'trackMuted'];

export class MediaReports {
  constructor() {
    this.pages = new Map(); // pageId → {…report, reportedAt, reports, leftAt}
  }

  /** Keeps the known fields of one report (strings ≤ 300 characters). */
  report(pageId, body) {
    const entry = { reportedAt: new Date().toISOString(), leftAt: null, reports: (this.pages.get(pageId)?.reports || 0) + 1 };
    for (const k of STRING_FIELDS) entry[k] = typeof body[k] === 'string' ? body[k].slice(0, 300) : null;
    for (const k of NUMBER_FIELDS) entry[k] = Number.isFinite(body[k]) ? body[k] : null;
    for (const k of BOOLEAN_FIELDS) entry[k] = typeof body[k] === 'boolean' ? body[k] : null;
    this.pages.set(pageId, entry);
    return entry;
  }

  /** The page's channel closed (iframe gone): its last report stays, marked. */
  left(pageId) {
    const entry = this.pages.get(pageId);
    if (entry && !entry.leftAt) entry.leftAt = new Date().toISOString();
  }

  all() {
    return Object.fromEntries([...this.pages].map(([id, e]) => [id, { ...e }]));
  }

  clear() {
    this.pages.clear();
  }
}
