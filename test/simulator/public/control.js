// The control page: drives the simulated instance through /control/api/ and
// shows its state and request log live (SSE). Everything user-supplied is
// rendered with textContent.
/* global FormData */
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const api = async (route, body) => {
    const res = await fetch('/control/api/' + route, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const value = await res.json();
    if (!res.ok) throw new Error(value.error ? value.error.message : 'HTTP ' + res.status);
    return value;
  };
  const say = (text) => { $('message').textContent = text; };
  const act = (route, body, done) => api(route, body).then((v) => say(done(v)), (e) => say('Error: ' + e.message));

  $('ccp-url').textContent = new URL('/ccp-v2/', location.href).href;

  $('inbound').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    const attributes = {};
    for (const line of String(form.get('attributes')).split('\n')) {
      const i = line.indexOf('=');
      if (i > 0) attributes[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    const channel = form.get('channel');
    const body = { queue: form.get('queue'), channel, attributes };
    if (channel === 'voice') body.phoneNumber = form.get('phoneNumber');
    act('inbound', body, (v) => 'Delivered contact ' + v.contactId);
  });
  $('hangup').addEventListener('click', () => act('hangup', {}, (v) => 'Customer hung up ' + v.contactId));
  $('ring-out').addEventListener('click', () => act('ring-out', {}, (v) => 'Missed ' + v.contactId));
  for (const action of ['answer', 'no-answer', 'hangup']) {
    $('tp-' + action).addEventListener('click', () => act('third-party', { action }, (v) => 'Third party ' + action + ': ' + v.state));
  }
  let answerMs = 800; // the last automatic delay the instance reported
  $('tp-auto').addEventListener('change', (e) => act('settings', { thirdPartyAnswerMs: e.target.checked ? answerMs : null },
    (v) => v.thirdPartyAnswerMs === null ? 'Third parties wait for "answers"' : 'Third parties answer after ' + v.thirdPartyAnswerMs + ' ms'));
  $('set-state').addEventListener('click', () => act('agent-state', { name: $('agent-state').value }, (v) => 'Agent state set to ' + v.state));
  $('log-out').addEventListener('click', () => act('session', { loggedIn: false }, () => 'Logged out'));
  $('log-in').addEventListener('click', () => act('session', { loggedIn: true }, () => 'Logged in'));
  $('reset').addEventListener('click', () => act('reset', {}, () => 'Reset').then(() => $('log').replaceChildren()));

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    return td;
  }

  function fillSelect(select, values) {
    const current = select.value;
    if (select.options.length === values.length) return;
    select.replaceChildren(...values.map((v) => {
      const o = document.createElement('option');
      o.textContent = v;
      return o;
    }));
    if (values.includes(current)) select.value = current;
  }

  function renderState(s) {
    const { configuration, snapshot } = s.agent;
    $('session').textContent = s.loggedIn ? 'logged in' : 'logged out';
    $('agent-name').textContent = configuration.name + ' (' + configuration.username + ')';
    $('agent-state-now').textContent = snapshot.state.name + ' [' + snapshot.state.type + ']';
    $('next-state').textContent = snapshot.nextState ? 'next: ' + snapshot.nextState.name : '';
    $('muted').textContent = s.muted ? '· muted' : '';
    if (s.settings) {
      $('tp-auto').checked = s.settings.thirdPartyAnswerMs !== null;
      if (s.settings.thirdPartyAnswerMs !== null) answerMs = s.settings.thirdPartyAnswerMs;
    }
    fillSelect($('agent-state'), configuration.agentStates.map((x) => x.name));
    fillSelect(document.querySelector('[name=queue]'), configuration.routingProfile.queues.filter((q) => q.name).map((q) => q.name));
    $('contacts').replaceChildren(...snapshot.contacts.map((c) => {
      const initial = c.connections.find((x) => x.initial) || {};
      const ep = initial.endpoint || {};
      const tr = document.createElement('tr');
      // Who is on the call and how: the customer, the agent, an added party.
      const parties = c.connections.map((x) => (x.initial ? 'customer' : x.type === 'agent' ? 'agent' : (x.quickConnectName || x.endpoint.phoneNumber)) + ': ' + x.state.type);
      tr.append(cell(c.contactId.slice(0, 8)), cell(c.type), cell(ep.phoneNumber || ep.name), cell(c.queue && c.queue.name), cell(c.state.type), cell(parties.join(' · ')));
      return tr;
    }));
  }

  let lastSeq = 0;
  function addRequest(r) {
    if (r.seq <= lastSeq) return; // the initial fetch and the live stream overlap
    lastSeq = r.seq;
    const tr = document.createElement('tr');
    if (r.error) tr.className = 'error';
    tr.append(
      cell(r.seq), cell(r.time.slice(11, 23)), cell(r.kind), cell(r.method),
      cell(JSON.stringify(r.params), 'params'), cell(r.error ? r.error.type + ': ' + r.error.message : 'ok'),
    );
    $('log').prepend(tr);
    while ($('log').children.length > 300) $('log').lastChild.remove();
  }

  api('requests').then((v) => v.requests.forEach(addRequest), () => {});
  const events = new EventSource('/control/api/events');
  events.addEventListener('state', (e) => renderState(JSON.parse(e.data)));
  events.addEventListener('request', (e) => addRequest(JSON.parse(e.data)));
})();
