// The call's audio in the simulated CCP page. While the agent's leg of a
// voice contact is connected (or on hold), the page does what the real CCP's
// softphone does when the host's initCCP allows a framed softphone
// (softphone.allowFramedSoftphone) and this page holds the softphone master
// topic, as the real CCPs elect one among themselves: takes the microphone,
// sends it over a real RTCPeerConnection
// and plays what comes back in an <audio> element. The far end is a second
// peer in this page standing in for Connect's media server; it sends the
// customer's voice (a clone of the fake microphone's tone) back. When the
// leg ends, tracks stop and both connections close.
//
// Every 500 ms it reports to the server (POST /api/media) what a test needs
// to prove the audio is alive: connection and track state, bytes received,
// whether the audio element plays; or why getUserMedia failed.
/* global RTCPeerConnection, MediaStream */
'use strict';

(function () {
  const ccp = window.simCcp;
  if (!ccp) return;
  const REPORT_MS = 500;
  const LIVE_LEG = new Set(['connected', 'hold']);
  const SOFTPHONE_TOPIC = 'connect::softphone'; // connect.MasterTopics.SOFTPHONE

  let call = null; // {contactId, state, error, pc, server, stream, audio, timer, closed}
  const status = document.createElement('div');
  status.id = 'media';
  status.style.cssText = 'margin-top:8px;font-size:12px;color:#545b64';
  document.body.append(status);

  /** The voice contact whose agent leg carries audio now, if any. */
  function liveVoiceContact(agent) {
    for (const c of agent.snapshot.contacts) {
      if (c.type !== 'voice') continue;
      const leg = c.connections.find((x) => x.type === 'agent');
      if (leg && LIVE_LEG.has(leg.state.type)) return c.contactId;
    }
    return null;
  }

  function sync(contactId) {
    if (call && call.contactId === contactId) return;
    if (call) stop(call);
    if (contactId) start(contactId);
  }

  async function start(contactId) {
    const c = (call = { contactId, state: 'connecting', error: null, closed: false });
    c.timer = setInterval(() => report(c), REPORT_MS);
    report(c);
    try {
      c.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      // e.g. "NotAllowedError: Permission dismissed" in a frame whose top
      // page never got the grant: what the extension's setup checks show.
      c.state = 'error';
      c.error = `${e.name}: ${e.message}`;
      report(c);
      return;
    }
    if (c.closed) return c.stream.getTracks().forEach((t) => t.stop());
    const pc = (c.pc = new RTCPeerConnection());
    const server = (c.server = new RTCPeerConnection());
    pc.onicecandidate = (e) => e.candidate && server.addIceCandidate(e.candidate).catch(() => {});
    server.onicecandidate = (e) => e.candidate && pc.addIceCandidate(e.candidate).catch(() => {});
    const mic = c.stream.getAudioTracks()[0];
    pc.addTrack(mic, c.stream);
    const customer = mic.clone();
    c.customer = customer;
    server.addTrack(customer, new MediaStream([customer]));
    c.audio = document.createElement('audio');
    c.audio.autoplay = true;
    pc.ontrack = (e) => {
      c.audio.srcObject = e.streams[0] || new MediaStream([e.track]);
      c.audio.play().catch((err) => { c.error = `audio.play: ${err.name}: ${err.message}`; });
    };
    pc.onconnectionstatechange = () => {
      c.state = pc.connectionState === 'connected' ? 'connected' : c.state;
      report(c);
    };
    try {
      await pc.setLocalDescription(await pc.createOffer());
      await server.setRemoteDescription(pc.localDescription);
      await server.setLocalDescription(await server.createAnswer());
      await pc.setRemoteDescription(server.localDescription);
    } catch (e) {
      c.state = 'error';
      c.error = `negotiation: ${e.name}: ${e.message}`;
    }
    report(c);
  }

  function stop(c) {
    c.closed = true;
    c.state = 'closed';
    clearInterval(c.timer);
    for (const t of c.stream ? c.stream.getTracks() : []) t.stop();
    if (c.customer) c.customer.stop();
    if (c.pc) c.pc.close();
    if (c.server) c.server.close();
    if (c.audio) {
      c.audio.pause();
      c.audio.srcObject = null;
    }
    if (call === c) call = null;
    report(c);
  }

  async function report(c) {
    const mic = c.stream && c.stream.getAudioTracks()[0];
    const body = {
      state: c.state,
      contactId: c.contactId,
      pcState: c.pc ? c.pc.connectionState : null,
      iceState: c.pc ? c.pc.iceConnectionState : null,
      trackState: mic ? mic.readyState : null,
      trackMuted: mic ? mic.muted : null,
      audioPlaying: c.audio ? !c.audio.paused && c.audio.currentTime > 0 : false,
      audioCurrentTime: c.audio ? c.audio.currentTime : null,
      error: c.error,
    };
    if (c.pc && c.pc.connectionState !== 'closed') {
      try {
        (await c.pc.getStats()).forEach((s) => {
          if (s.type === 'inbound-rtp' && s.kind === 'audio') Object.assign(body, { bytesReceived: s.bytesReceived, packetsReceived: s.packetsReceived });
          if (s.type === 'outbound-rtp' && s.kind === 'audio') body.bytesSent = s.bytesSent;
        });
      } catch {
        // closed between the check and getStats: the final report says so
      }
    }
    status.textContent = 'Audio: ' + c.state + (c.error ? ' (' + c.error + ')' : '');
    ccp.call('media', body).catch(() => {});
  }

  let lastAgent = null;
  let seq = 0;

  async function update() {
    const mine = ++seq;
    const contactId = lastAgent && ccp.isSignedIn() && ccp.softphone && ccp.softphone.allowFramedSoftphone ? liveVoiceContact(lastAgent) : null;
    if (!contactId || (call && call.contactId === contactId)) return sync(contactId);
    let master = null;
    try {
      master = await ccp.call('master', { method: 'checkMaster', params: { topic: SOFTPHONE_TOPIC } });
    } catch {
      // the server is gone: no call either
    }
    if (mine !== seq) return; // a newer agent update decides
    sync(master && master.data && master.data.isMaster ? contactId : null);
  }

  ccp.events.addEventListener('agent', (e) => {
    lastAgent = JSON.parse(e.data);
    update();
  });
  ccp.bus.addEventListener('configure', update);
  ccp.bus.addEventListener('signed-out', update);
})();
