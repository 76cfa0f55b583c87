// HTTP server for the simulated Amazon Connect instance.
//
//   /ccp-v2/ (also /ccp-v2, /connect/ccp-v2/)  the CCP page Streams frames
//   /api/*        the CCP page's private channel: state pushes (SSE) and requests
//   /control/     a page for people; /control/api/* the JSON control API
//   /login        a stand-in for the Connect sign-in page
//   /logout (also /connect/logout)  Connect's logout: the agent goes Offline, the session ends
//   /test-host/   (testHost option) a plain page running the real Streams
//
// The instance state lives here, not in a page, so every CCP page (several
// iframes, several windows) sees the same agent, as with a real instance.

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Instance } from './instance.mjs';
import { ApiError } from './api-error.mjs';
import { routeControl } from './control-api.mjs';
import { EventHub } from './event-hub.mjs';
import { readJson, send, sendJson } from './http-util.mjs';
import { attachSessionClock } from './session-wiring.mjs';
import { sdkMessage } from './sdk-subject.mjs';
import { MediaReports } from './media-reports.mjs';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const STREAMS_JS = fileURLToPath(new URL('../../node_modules/amazon-connect-streams/release/connect-streams.js', import.meta.url));
const CCP_PATHS = new Set(['/ccp-v2', '/ccp-v2/', '/connect/ccp-v2', '/connect/ccp-v2/']);
const STATIC = {
  '/static/ccp.js': 'ccp.js',
  '/static/control.js': 'control.js',
  '/static/control.css': 'control.css',
  '/static/login.js': 'login.js',
  '/static/host-page.js': 'host-page.js',
  '/static/ccp-sdk-channel.js': 'ccp-sdk-channel.js',
  '/static/ccp-media.js': 'ccp-media.js',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
/** Events a page forwards that are telemetry: accepted, not logged. */
const QUIET_EVENTS = new Set(['log', 'client_side_logs', 'server_bound_internal_log', 'api_metric', 'client_metric', 'softphone_stats', 'softphone_report', 'click_stream_data', 'iframe_style', 'tab_id', 'close']);

/**
 * Start the simulator.
 * @param {object} [options]
 * @param {number} [options.port=0] 0 picks a free port
 * @param {string} [options.host='127.0.0.1']
 * @param {number} [options.outboundAnswerMs=800] how long an outbound call rings before the customer answers
 * @param {boolean} [options.log=false] print each request to the console
 * @param {boolean} [options.testHost=false] serve /test-host/, a page running the real Streams
 * @param {string[]|null} [options.frameAncestors=null] like Connect's "Approved origins": when set,
 *   the CCP page is served with CSP frame-ancestors limited to these origins
 * @param {number} [options.inactivityTimeoutMs=0] sign the agent out after this long without
 *   Streams' sendActivity (0: never); POST /control/api/session-timeout changes it
 * @param {number} [options.expiryWarningMs=0] publish expiration-warning this long before it
 */
export async function startSimulator({ port = 0, host = '127.0.0.1', outboundAnswerMs = 800, log = false, testHost = false, frameAncestors = null, inactivityTimeoutMs = 0, expiryWarningMs = 0 } = {}) {
  const instance = new Instance({ outboundAnswerMs });
  const pages = new EventHub(); // CCP pages
  const controls = new EventHub(); // control pages
  const masters = new Map(); // topic → pageId, like the shared worker's MasterCoordinator
  const media = new MediaReports();
  const session = attachSessionClock({ instance, pages, changed: () => controls.send('state', instance.snapshot()), defaults: { timeoutMs: inactivityTimeoutMs, warningMs: expiryWarningMs } });
  instance.on('reset', () => media.clear());

  instance.on('agent', (agent) => {
    if (instance.loggedIn) pages.send('agent', agent);
    controls.send('state', instance.snapshot());
  });
  instance.on('session', (loggedIn) => {
    pages.send('session', { loggedIn });
    controls.send('state', instance.snapshot());
  });
  instance.on('request', (entry) => {
    controls.send('request', entry);
    if (log) console.log(`[simulator] ${entry.kind} ${entry.method}${entry.error ? ` → ${entry.error.type}` : ''}`);
  });
  pages.on('count', (n) => {
    // The real worker tells every CCP how many CCPs are connected.
    pages.send('downstream', { event: 'update_connected_ccps', data: { length: n } });
  });
  pages.on('leave', (pageId) => {
    media.left(pageId);
    for (const [topic, id] of masters) if (id === pageId) masters.delete(topic);
  });

  async function handle(req, res) {
    const url = new URL(req.url, 'http://x');
    const path = url.pathname;

    if (req.method === 'GET' && CCP_PATHS.has(path)) {
      const headers = {};
      if (frameAncestors) headers['Content-Security-Policy'] = `frame-ancestors ${frameAncestors.join(' ')}`;
      return sendFile(res, 'ccp.html', headers);
    }
    if (req.method === 'GET' && STATIC[path]) return sendFile(res, STATIC[path]);
    if (req.method === 'GET' && (path === '/login' || path === '/login/')) return sendFile(res, 'login.html');
    if (req.method === 'GET' && (path === '/logout' || path === '/connect/logout')) {
      // Each CCP page hears it as the real worker's answer to a logout ('terminated'), then the
      // session push; like Connect, the logout page sends the browser on to the sign-in page.
      if (instance.loggedIn) pages.send('session', { loggedIn: false, signOut: 'terminated' });
      instance.logout();
      res.writeHead(302, { Location: '/login' });
      return res.end();
    }
    if (req.method === 'GET' && (path === '/control' || path === '/control/')) return sendFile(res, 'control.html');
    if (path.startsWith('/control/api/')) return routeControl(req, res, path.slice('/control/api/'.length), url, { instance, controls, readJson, session, media });
    if (path.startsWith('/api/')) return routePage(req, res, path.slice('/api/'.length), url);
    if (testHost && req.method === 'GET' && path === '/test-host/') return sendFile(res, 'host-page.html');
    if (testHost && req.method === 'GET' && path === '/test-host/connect-streams.js') {
      return send(res, 200, await readFile(STREAMS_JS), { 'Content-Type': TYPES['.js'] });
    }
    if (req.method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (req.method === 'GET' && path === '/') {
      res.writeHead(302, { Location: '/control/' });
      return res.end();
    }
    return sendJson(res, 404, { error: { type: 'NotFound', message: `no route for ${req.method} ${path}` } });
  }

  /** The CCP page's channel to the instance. */
  async function routePage(req, res, route, url) {
    if (req.method === 'GET' && route === 'events') {
      const pageId = url.searchParams.get('page');
      if (!pageId) return sendJson(res, 400, { error: { type: 'InvalidParameter', message: 'page is required' } });
      pages.add(res, pageId);
      pages.sendTo(pageId, 'session', { loggedIn: instance.loggedIn });
      if (instance.loggedIn) pages.sendTo(pageId, 'agent', instance.agentData());
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: { type: 'MethodNotAllowed', message: 'POST only' } });
    const body = await readJson(req);
    const pageId = String(body.pageId || '');

    if (route === 'request') {
      // One Streams api_request. Always answered: data, or err (a JSON string).
      const { method, params } = body;
      try {
        const data = instance.api(method, params);
        instance.record({ kind: 'api', method, params, pageId });
        return sendJson(res, 200, { data: data ?? null, err: null });
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError('InternalError', String(e?.message || e), 500);
        instance.record({ kind: 'api', method, params, pageId, error: error.toJSON() });
        if (error.status === 401) pages.sendTo(pageId, 'downstream', { event: 'auth_fail' });
        return sendJson(res, 200, { data: null, err: JSON.stringify(error) });
      }
    }
    if (route === 'master') {
      // connect.ifMaster / becomeMaster: one page per topic (softphone, ringtone…).
      const { method, params = {} } = body;
      const topic = params.topic;
      let data;
      if (method === 'checkMaster') {
        let masterId = masters.get(topic);
        if (!masterId && !params.shouldNotBecomeMasterIfNone) masters.set(topic, (masterId = pageId));
        data = { masterId, isMaster: masterId === pageId, topic };
      } else if (method === 'becomeMaster') {
        const previous = masters.get(topic);
        masters.set(topic, pageId);
        data = { masterId: pageId, takeOver: Boolean(previous) && previous !== pageId, topic };
      } else {
        instance.record({ kind: 'master', method, params, pageId, error: { type: 'UnknownMasterMethod', message: `Unknown master method: ${method}` } });
        return sendJson(res, 200, { data: null, err: JSON.stringify({ type: 'UnknownMasterMethod', message: `Unknown master method: ${method}` }) });
      }
      instance.record({ kind: 'master', method, params, pageId });
      return sendJson(res, 200, { data, err: null });
    }
    if (route === 'broadcast') {
      // The shared worker re-sends a broadcast's inner event to every CCP.
      const { event, data } = body;
      if (typeof event !== 'string' || !event) return sendJson(res, 400, { error: { type: 'InvalidParameter', message: 'event is required' } });
      // Streams also broadcasts its own logs and metrics this way; the real
      // worker echoes them too, but they are noise here: dropped unlogged.
      if (QUIET_EVENTS.has(event)) return sendJson(res, 200, {});
      instance.record({ kind: 'broadcast', method: event, params: data ?? null, pageId });
      pages.send('downstream', { event, data });
      if (event === 'mute') {
        const muted = instance.applyMute(data);
        if (muted !== null) pages.send('downstream', { event: 'agent::mute_toggle', data: { muted } });
      }
      return sendJson(res, 200, {});
    }
    if (route === 'sdk') return sendJson(res, 200, sdkMessage(body.message, { clock: session, instance, pageId }));
    if (route === 'media') return sendJson(res, 200, media.report(pageId, body));
    if (route === 'event') {
      // Other upstream events (configure, outer_context_info, reload_agent_configuration…).
      const { event, data } = body;
      if (!QUIET_EVENTS.has(event)) instance.record({ kind: 'event', method: event, params: data ?? null, pageId });
      if (event === 'reload_agent_configuration' && instance.loggedIn) pages.send('agent', instance.agentData());
      return sendJson(res, 200, {});
    }
    return sendJson(res, 404, { error: { type: 'NotFound', message: `no page route ${route}` } });
  }

  async function sendFile(res, name, headers = {}) {
    const ext = name.slice(name.lastIndexOf('.'));
    const body = await readFile(PUBLIC + name);
    send(res, 200, body, { 'Content-Type': TYPES[ext], 'Cache-Control': 'no-store', ...headers });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      const status = e instanceof ApiError ? e.status : 500;
      if (!res.headersSent) sendJson(res, status, { error: { type: e.type || 'InternalError', message: String(e.message || e) } });
      else res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  return {
    origin,
    ccpUrl: `${origin}/ccp-v2/`,
    controlUrl: `${origin}/control/`,
    instance,
    async close() {
      instance.close();
      session.close();
      pages.closeAll();
      controls.closeAll();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
