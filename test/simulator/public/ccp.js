// The simulated CCP page. Streams, in the parent page, frames this page and
// talks to it exactly as to the real CCP: postMessage({event, data}) both ways.
// The real CCP relays between Streams and a SharedWorker that talks to
// Connect; this page relays between Streams and the simulator server:
//   server → page: Server-Sent Events (session, agent, downstream)
//   page → server: fetch POST /api/request | master | broadcast | event
// ccp-sdk-channel.js (activity, session warnings) and ccp-media.js (the call's
// audio) run beside it and use window.simCcp.
/* global crypto, EventTarget, Event */
'use strict';

(function () {
  const pageId = crypto.randomUUID();
  const parentWindow = window.parent !== window ? window.parent : null;
  /** Telemetry Streams sends upstream; the real CCP ships it to Connect's logs. */
  const QUIET = new Set(['log', 'client_side_logs', 'server_bound_internal_log', 'api_metric', 'client_metric',
    'softphone_stats', 'softphone_report', 'click_stream_data', 'iframe_style', 'tab_id', 'synchronize']);

  let acknowledged = false;
  let lastAgent = null; // the latest agent data as JSON text
  let configureSeen = false;
  const bus = new EventTarget();

  function post(event, data) {
    // The real CCP posts with targetOrigin '*' too; Streams checks event.source.
    if (parentWindow) parentWindow.postMessage({ event, data }, '*');
  }

  /** JSON → objects with Date timestamps (structured clone keeps Dates; Streams needs them). */
  function revive(key, value) {
    if (typeof value === 'string' && /timestamp$/i.test(key) && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value);
    return value;
  }

  async function call(route, body) {
    const res = await fetch('/api/' + route, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pageId, ...body }),
    });
    return JSON.parse(await res.text(), revive);
  }

  function postAgent(json) {
    const agent = JSON.parse(json, revive);
    // As the real worker does after each GetAgentSnapshot: skew is server time
    // minus local time, so Streams' durations use the server clock.
    agent.snapshot.localTimestamp = Date.now();
    agent.snapshot.skew = agent.snapshot.snapshotTimestamp.getTime() - agent.snapshot.localTimestamp;
    post('agent::update', agent);
    render(agent);
  }

  function acknowledge() {
    acknowledged = true;
    bus.dispatchEvent(new Event('signed-in'));
    document.body.classList.remove('signed-out');
    post('acknowledge', { id: pageId });
    if (lastAgent) postAgent(lastAgent);
    // The real CCP asks the host for its configuration when none arrived.
    setTimeout(() => { if (acknowledged && !configureSeen) post('request_configure'); }, 1000);
  }

  function setSession(loggedIn, signOut) {
    if (loggedIn && !acknowledged) acknowledge();
    if (!loggedIn) {
      document.body.classList.add('signed-out');
      if (acknowledged) {
        // The real worker reports an expired session as auth_fail; Streams
        // then reloads this iframe (and opens its login popup if allowed).
        // A sign-out the CCP made itself (inactivity) reaches Streams as the
        // worker's answer to a logout, 'terminated' (see session-clock.mjs).
        acknowledged = false;
        post(signOut === 'terminated' ? 'terminated' : 'auth_fail');
        bus.dispatchEvent(new Event('signed-out'));
      }
    }
  }

  const events = new EventSource('/api/events?page=' + encodeURIComponent(pageId));
  events.addEventListener('session', (e) => {
    const { loggedIn, signOut } = JSON.parse(e.data);
    setSession(loggedIn, signOut);
  });
  /** For ccp-sdk-channel.js and ccp-media.js: 'signed-in' / 'signed-out' / 'configure' on bus. */
  window.simCcp = { pageId, call, events, bus, isSignedIn: () => acknowledged, softphone: null };
  events.addEventListener('agent', (e) => {
    lastAgent = e.data;
    if (acknowledged) postAgent(e.data);
  });
  events.addEventListener('downstream', (e) => {
    if (!acknowledged) return;
    const msg = JSON.parse(e.data, revive);
    post(msg.event, msg.data);
  });

  window.addEventListener('message', (e) => {
    if (!parentWindow || e.source !== parentWindow) return;
    const msg = e.data;
    if (!msg || typeof msg.event !== 'string') return;
    const { event, data } = msg;
    if (event === 'synchronize') {
      // The keep-alive: Streams sends it every second after the first ack.
      if (acknowledged) post('acknowledge');
      return;
    }
    if (event === 'api_request') return relayApi(data);
    if (event === 'master_request') return relayMaster(data);
    if (event === 'broadcast') {
      if (data && QUIET.has(data.event)) return; // Streams' own log/metric sync
      call('broadcast', { event: data && data.event, data: data && data.data }).catch(() => {});
      return;
    }
    if (event === 'configure') {
      configureSeen = true;
      // The real CCP runs the softphone itself only when the host allows it.
      window.simCcp.softphone = (data && data.softphone) || null;
      bus.dispatchEvent(new Event('configure'));
    }
    if (QUIET.has(event)) return;
    call('event', { event, data }).catch(() => {});
  });

  async function relayApi(request) {
    const reply = (data, err) => post('api_response', { event: 'api_response', requestId: request.requestId, data, err });
    if (!acknowledged) {
      return reply(null, JSON.stringify({ type: 'UnauthorizedException', message: 'The session has expired; sign in again.', statusCode: 401 }));
    }
    try {
      const res = await call('request', { method: request.method, params: request.params });
      reply(res.data, res.err);
    } catch (e) {
      reply(null, JSON.stringify({ type: 'NetworkError', message: 'The simulated CCP could not reach its server: ' + e.message, statusCode: 0 }));
    }
  }

  async function relayMaster(request) {
    try {
      const res = await call('master', { method: request.method, params: request.params });
      post('master_response', { event: 'master_response', requestId: request.requestId, data: res.data, err: res.err });
    } catch (e) {
      post('master_response', { event: 'master_response', requestId: request.requestId, data: null, err: JSON.stringify({ type: 'NetworkError', message: e.message }) });
    }
  }

  // ---- a minimal agent view, so a person can see and answer calls in the frame.

  const $ = (id) => document.getElementById(id);

  function button(label, method, params) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', () => call('request', { method, params }).catch(() => {}));
    return b;
  }

  function render(agent) {
    $('agent').textContent = agent.configuration.name;
    $('state').textContent = agent.snapshot.state.name;
    $('state').dataset.type = agent.snapshot.state.type;
    const list = $('contacts');
    list.replaceChildren();
    for (const c of agent.snapshot.contacts) {
      const box = document.createElement('div');
      box.className = 'contact';
      const initial = c.connections.find((x) => x.initial) || {};
      const who = (initial.endpoint && (initial.endpoint.phoneNumber || initial.endpoint.name)) || c.type;
      const line = document.createElement('div');
      line.textContent = c.type + ' · ' + who + ' · ' + (c.queue && c.queue.name) + ' · ' + c.state.type;
      box.append(line);
      const agentConn = c.connections.find((x) => x.type === 'agent');
      const ids = { contactId: c.contactId };
      if (c.state.type === 'connecting' && c.initiationMethod !== 'outbound') {
        box.append(button('Accept', 'acceptContact', ids), button('Reject', 'rejectContact', ids));
      } else if (c.state.type === 'connecting' || c.state.type === 'connected') {
        box.append(button('Hang up', 'destroyConnection', { ...ids, connectionId: agentConn.connectionId }));
      } else {
        box.append(button('Clear contact', 'clearContact', ids));
      }
      list.append(box);
    }
  }
})();
