// A plain host page running the real, unmodified Streams against the
// simulated CCP. It records what Streams reports on window.hostEvents so a
// test (or a person in the console) can see which callbacks fired and when.
/* global connect */
'use strict';

(function () {
  const ccpUrl = new URL('/ccp-v2/', location.href).href;
  const events = (window.hostEvents = []);
  const record = (type, extra) => events.push({ type, at: Date.now(), ...extra });
  const contactInfo = (contact) => {
    try {
      const initial = contact.getInitialConnection();
      return {
        contactId: contact.getContactId(),
        state: contact.getState().type,
        phoneNumber: initial && initial.getEndpoint().phoneNumber,
      };
    } catch (e) {
      return { contactId: contact.contactId, error: String(e) };
    }
  };

  connect.core.initCCP(document.getElementById('ccp'), {
    ccpUrl,
    loginPopup: false,
    softphone: { allowFramedSoftphone: true },
  });

  connect.core.onInitialized?.(() => record('initialized'));
  // The session: expiry warnings (the SDK channel) and how a sign-out reaches Streams.
  const sessionWarnings = new connect.SessionExpirationWarningManager();
  sessionWarnings.onExpirationWarning((e) => record('session.expirationWarning', { expiration: e.expiration }));
  sessionWarnings.onExpirationWarningCleared(() => record('session.expirationWarningCleared'));
  sessionWarnings.onSessionExtensionError((e) => record('session.extensionError', { isWarningActive: e.isWarningActive, errorDetails: e.errorDetails }));
  connect.core.onAuthFail(() => record('authFail'));
  connect.core.onAccessDenied(() => record('accessDenied'));
  connect.core.onIframeRetriesExhausted(() => record('iframeRetriesExhausted'));
  connect.core.getEventBus().subscribe(connect.EventType.TERMINATED, () => record('terminated'));
  connect.core.getEventBus().subscribe(connect.EventType.ACK_TIMEOUT, () => record('ackTimeout'));
  connect.agent((agent) => {
    window.hostAgent = agent;
    record('agent', { name: agent.getName(), state: agent.getState().name });
    agent.onStateChange((change) => record('agent.stateChange', { oldState: change.oldState, newState: change.newState }));
    agent.onRoutable(() => record('agent.routable'));
    agent.onNotRoutable(() => record('agent.notRoutable'));
    agent.onOffline(() => record('agent.offline'));
    agent.onAfterCallWork(() => record('agent.acw'));
    agent.onError(() => record('agent.error', { state: new connect.Agent().getState().name }));
    agent.onMuteToggle((data) => record('agent.muteToggle', { muted: data.muted }));
    agent.onEnqueuedNextState(() => record('agent.enqueuedNextState'));
  });
  connect.contact((contact) => {
    window.hostContacts = window.hostContacts || {};
    window.hostContacts[contact.getContactId()] = contact;
    record('contact', contactInfo(contact));
    const on = (name) => (c) => record('contact.' + name, contactInfo(c && c.getContactId ? c : contact));
    contact.onIncoming(on('incoming'));
    contact.onConnecting(on('connecting'));
    contact.onAccepted(on('accepted'));
    contact.onConnected(on('connected'));
    contact.onMissed(on('missed'));
    contact.onEnded(on('ended'));
    contact.onACW(on('acw'));
    contact.onDestroy(on('destroy'));
  });
})();
