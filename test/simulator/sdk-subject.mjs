// The instance's side of the Amazon Connect SDK channel (see
// public/ccp-sdk-channel.js): what a CCP page relays from Streams'
// StreamsSiteProxy. Only the activity module exists here, as Streams 2.28.2
// uses only it over this channel: sendActivity extends the session, and the
// expiration warnings are published to whoever subscribed.

export const ACTIVITY = 'aws.connect.activity';
export const TOPICS = {
  warning: { namespace: ACTIVITY, key: 'expiration-warning' },
  cleared: { namespace: ACTIVITY, key: 'expiration-warning-cleared' },
  extensionError: { namespace: ACTIVITY, key: 'session-extension-error' },
};

/**
 * One message relayed by a CCP page. Returns what the page answers Streams
 * with: for a request {isError, data | errorKey, reason}, and always
 * `publish`, publications for that page alone.
 */
export function sdkMessage(message, { clock, instance, pageId }) {
  const type = message && typeof message.type === 'string' ? message.type : 'unknown';
  if (type === 'request') {
    const { namespace, command, origin } = message;
    if (namespace === ACTIVITY && command === 'sendActivity') {
      const result = clock.activity();
      instance.record({
        kind: 'activity',
        method: 'sendActivity',
        params: { origin: origin ?? null, extended: result.extended },
        pageId,
        ...(!result.extended && { error: { type: 'SessionExtensionError', message: result.reason } }),
      });
      // Signed out, the page has no channel to publish on; otherwise a
      // failed extension is the session-extension-error topic.
      const publish = result.extended || !clock.running ? [] : [{
        topic: TOPICS.extensionError,
        data: { isWarningActive: Boolean(result.isWarningActive), errorDetails: { reason: result.reason } },
      }];
      return { isError: false, data: {}, publish };
    }
    const error = { type: 'handlerNotFound', message: `No handler for command ${namespace}/${command}` };
    instance.record({ kind: 'sdk', method: `${namespace}/${command}`, params: message.data ?? null, pageId, error });
    return { isError: true, errorKey: 'handlerNotFound', reason: 'No handler for command', publish: [] };
  }
  if (type === 'subscribe' || type === 'unsubscribe') {
    const topic = message.topic || {};
    instance.record({ kind: 'sdk', method: type, params: { namespace: topic.namespace, key: topic.key }, pageId });
    const late = type === 'subscribe' && clock.warning && topic.namespace === ACTIVITY && topic.key === TOPICS.warning.key;
    return { publish: late ? [{ topic: TOPICS.warning, data: { expiration: clock.expiresAt } }] : [] };
  }
  instance.record({ kind: 'sdk', method: type, params: null, pageId });
  return { publish: [] };
}
