// The CCP page's second channel to Streams: the Amazon Connect SDK's
// (@amazon-connect/core 1.0.12, bundled in connect-streams.js 2.28.2)
// StreamsSiteProxy, which carries connect.sendActivity() and the session
// expiration warnings. It is separate from the {event, data} bus in ccp.js:
//
//   CCP → parent window  postMessage({type: 'cross-domain-adapter-init'}, '*', [port])
//     Streams accepts it only from its CCP iframe's window and the ccpUrl's origin
//   Streams → CCP (port) {type: 'cross-domain-site-ready', providerId}
//   CCP → Streams        {type: 'acknowledge', connectionId, status: {initialized, startTime}, healthCheckInterval}
//   Streams → CCP        {type: 'request', namespace: 'aws.connect.activity', command: 'sendActivity', requestId, messageOrigin}
//   CCP → Streams        {type: 'response', namespace, requestId, isError: false, data: {}}
//   Streams → CCP        {type: 'subscribe', topic: {namespace: 'aws.connect.activity', key}, handlerId, messageOrigin}
//   CCP → Streams        {type: 'publish', topic, data}   key expiration-warning {expiration},
//                        expiration-warning-cleared {}, session-extension-error {isWarningActive, errorDetails}
//   Streams → CCP        {type: 'healthCheck'}  →  {type: 'healthCheckResponse', time, counter}
//
// Streams' side is real; this side (the real CCP's is not public) follows the
// SDK's message types. The channel is open while the agent is signed in: a
// signed-out real CCP is the login page, which never opens it.
/* global crypto */
'use strict';

(function () {
  const ccp = window.simCcp;
  const parentWindow = window.parent !== window ? window.parent : null;
  if (!ccp || !parentWindow) return;
  /** Streams checks for a healthCheckResponse within 3 intervals. */
  const HEALTH_CHECK_INTERVAL_MS = 5000;
  const QUIET = new Set(['log', 'metric', 'closeChannel']);

  let port = null;
  let healthCounter = 0;
  const subscribed = new Set(); // "namespace|key"
  const topicId = (topic) => topic.namespace + '|' + topic.key;

  function open() {
    if (port) return;
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (e) => handle(e.data);
    parentWindow.postMessage({ type: 'cross-domain-adapter-init' }, '*', [channel.port2]);
  }

  function close() {
    if (!port) return;
    port.close();
    port = null;
    subscribed.clear();
  }

  function send(message) {
    if (port) port.postMessage(message);
  }

  async function handle(msg) {
    if (!msg || typeof msg.type !== 'string' || QUIET.has(msg.type)) return;
    switch (msg.type) {
      case 'cross-domain-site-ready':
        send({
          type: 'acknowledge',
          connectionId: crypto.randomUUID(),
          status: { initialized: true, startTime: new Date() },
          healthCheckInterval: HEALTH_CHECK_INTERVAL_MS,
        });
        return;
      case 'healthCheck':
        send({ type: 'healthCheckResponse', time: Date.now(), counter: ++healthCounter });
        return;
      case 'subscribe':
      case 'unsubscribe': {
        if (!msg.topic) return;
        if (msg.type === 'subscribe') subscribed.add(topicId(msg.topic));
        else subscribed.delete(topicId(msg.topic));
        const reply = await relay({ type: msg.type, topic: msg.topic, handlerId: msg.handlerId });
        // A warning already running reaches a subscriber that comes late (a reloaded host).
        for (const p of (reply && reply.publish) || []) publish(p);
        return;
      }
      case 'request': {
        const base = { type: 'response', namespace: msg.namespace, requestId: msg.requestId };
        const reply = await relay({ type: 'request', namespace: msg.namespace, command: msg.command, data: msg.data, origin: msg.messageOrigin });
        if (!reply) {
          send({ ...base, isError: true, errorKey: 'simulatorUnreachable', reason: 'The simulated CCP could not reach its server', details: { command: msg.command, requestData: msg.data } });
          return;
        }
        if (reply.isError) send({ ...base, isError: true, errorKey: reply.errorKey, reason: reply.reason, details: { command: msg.command, requestData: msg.data } });
        else send({ ...base, isError: false, data: reply.data || {} });
        for (const p of reply.publish || []) publish(p);
        return;
      }
      default:
        relay({ type: msg.type }).catch(() => {});
    }
  }

  async function relay(message) {
    try {
      return await ccp.call('sdk', { message });
    } catch {
      return null;
    }
  }

  /** The server's publications go only to topics Streams subscribed to, as a subject's would. */
  function publish({ topic, data }) {
    if (subscribed.has(topicId(topic))) send({ type: 'publish', topic, data: data || {} });
  }

  ccp.events.addEventListener('sdk-publish', (e) => publish(JSON.parse(e.data)));
  ccp.bus.addEventListener('signed-in', open);
  ccp.bus.addEventListener('signed-out', close);
  if (ccp.isSignedIn()) open();
})();
