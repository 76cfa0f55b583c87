// The control API under /control/api/: what a test or a person does to the
// instance from outside the agent's CCP (a customer calls, hangs up…).
//
//   POST inbound      {phoneNumber, queue?, attributes?, channel?, name?, description?, initiationMethod?} → {contactId}
//   POST hangup       {contactId?}   the customer hangs up (default: the newest active contact)
//   POST ring-out     {contactId?}   the ringing contact is missed
//   POST agent-state  {name}         e.g. "Break"
//   POST session      {loggedIn}     log the agent out / back in
//   POST third-party  {contactId?, action}  the added party: 'answer' | 'no-answer' | 'hangup'
//   POST settings     {outboundAnswerMs?, thirdPartyAnswerMs?}  timings (null: the third party waits for 'answer')
//   GET  requests     ?since=N       the request log (entries with seq > N)
//   GET  state                       {loggedIn, muted, agent: {configuration, snapshot}, dtmf, transfers, settings}
//   POST reset                       fresh agent, no contacts, empty log
//   GET  events                      SSE: 'state' and 'request' (for the control page)
//   POST session-timeout {timeoutMs?, warningMs?, signOut?, extensionError?}  the inactivity sign-out
//   GET  media                       each CCP page's last call-audio report
//
// CORS allows any origin: tests and demo pages call this from anywhere local.

import { randomUUID } from 'node:crypto';
import { ApiError } from './api-error.mjs';
import { sendJson } from './http-util.mjs';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

export async function routeControl(req, res, route, url, { instance, controls, readJson, session, media }) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    return res.end();
  }
  const reply = (status, value) => sendJson(res, status, value, CORS);
  try {
    const key = `${req.method} ${route}`;
    switch (key) {
      case 'GET events': {
        const id = `control-${randomUUID()}`;
        controls.add(res, id);
        controls.sendTo(id, 'state', instance.snapshot());
        return;
      }
      case 'GET state':
        return reply(200, { ...instance.snapshot(), session: session.state() });
      case 'POST session-timeout':
        return reply(200, session.configure(await readJson(req)));
      case 'GET media':
        return reply(200, { pages: media.all() });
      case 'GET requests': {
        const since = url.searchParams.get('since');
        if (since !== null && !/^\d+$/.test(since)) throw new ApiError('InvalidParameter', 'since must be a non-negative integer', 400);
        return reply(200, { requests: instance.requests(Number(since || 0)) });
      }
      case 'POST inbound': {
        const body = await readJson(req);
        const { phoneNumber, queue, attributes, channel, name, description, initiationMethod } = body;
        optionalString(body, 'phoneNumber');
        optionalString(body, 'initiationMethod');
        optionalString(body, 'queue');
        optionalString(body, 'channel');
        return reply(200, instance.deliverInbound({
          ...(phoneNumber !== undefined && { phoneNumber }),
          ...(queue !== undefined && { queue }),
          ...(attributes !== undefined && { attributes }),
          ...(channel !== undefined && { channel }),
          name,
          description,
          initiationMethod,
        }));
      }
      case 'POST hangup': {
        const body = await readJson(req);
        optionalString(body, 'contactId');
        return reply(200, instance.customerHangUp(body.contactId));
      }
      case 'POST ring-out': {
        const body = await readJson(req);
        optionalString(body, 'contactId');
        return reply(200, instance.ringOut(body.contactId));
      }
      case 'POST agent-state': {
        const body = await readJson(req);
        if (typeof body.name !== 'string') throw new ApiError('InvalidParameter', 'name (a string) is required', 400);
        return reply(200, instance.setAgentState(body.name));
      }
      case 'POST session': {
        const body = await readJson(req);
        return reply(200, instance.setLoggedIn(body.loggedIn));
      }
      case 'POST third-party': {
        const body = await readJson(req);
        optionalString(body, 'contactId');
        return reply(200, instance.thirdParty({ contactId: body.contactId, action: body.action }));
      }
      case 'POST settings': {
        const body = await readJson(req);
        return reply(200, instance.setSettings({ outboundAnswerMs: body.outboundAnswerMs, thirdPartyAnswerMs: body.thirdPartyAnswerMs }));
      }
      case 'POST reset':
        instance.reset();
        return reply(200, { ok: true });
      default:
        throw new ApiError('NotFound', `no control route ${req.method} /control/api/${route}`, 404);
    }
  } catch (e) {
    const error = e instanceof ApiError ? e : new ApiError('InternalError', String(e?.message || e), 500);
    return reply(error.status, { error: { type: error.type, message: error.message } });
  }
}

function optionalString(body, key) {
  if (body[key] !== undefined && typeof body[key] !== 'string') {
    throw new ApiError('InvalidParameter', `${key} must be a string`, 400);
  }
}
