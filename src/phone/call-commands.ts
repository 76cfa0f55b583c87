/**
 * Call controls as Streams calls, one per command (CallCommandSchema). Hold and resume act on a
 * connection (the customer's unless one is named); they change no contact state, so Streams fires
 * only onRefresh, on which streams-phone.ts re-reports the contact.
 *
 * `leave` and `end` differ on purpose: the agent hanging up its own leg while a third party is on
 * the line hands the call over (a cold or warm transfer), while `end` hangs up on the third
 * parties first, so the customer is not left with someone the agent never meant to leave them to.
 */
import type { CallCommand } from '../shared/protocol';

interface Done {
  success: (data?: unknown) => void;
  failure: (err?: unknown) => void;
}

const ACTIVE_PARTY = new Set(['init', 'connecting', 'connected', 'hold']);

export function runCallCommand(contact: connect.Contact, command: Exclude<CallCommand, { kind: 'mute' }>, endpoints: ReadonlyMap<string, connect.Endpoint>, done: Done): void {
  if (contact.getType() !== connect.ContactType.VOICE && command.kind !== 'close' && command.kind !== 'end') return done.failure('not-a-call');
  switch (command.kind) {
    case 'hold':
    case 'resume': {
      const party = partyOf(contact, command.connectionId);
      if (!party) return done.failure('no-such-party');
      return command.kind === 'hold' ? party.hold(done) : party.resume(done);
    }
    case 'drop': {
      const party = command.connectionId ? partyOf(contact, command.connectionId) : contact.getSingleActiveThirdPartyConnection();
      if (!party) return done.failure('no-such-party');
      return party.destroy(done);
    }
    case 'hold-all': {
      const connected = others(contact).filter((c) => c.getStatus().type === connect.ConnectionStateType.CONNECTED);
      if (!connected.length) return done.failure('nothing-to-hold');
      return inTurn(connected.map((c) => (cb: Done) => c.hold(cb)), done);
    }
    case 'conference':
      return contact.conferenceConnections(done);
    case 'swap':
      return contact.toggleActiveConnections(done);
    case 'leave':
      return contact.getAgentConnection().destroy(done);
    case 'end': {
      if (contact.getType() === connect.ContactType.TASK) return contact.clear(done);
      const thirdParties = others(contact).filter((c) => !c.isInitialConnection() && ACTIVE_PARTY.has(c.getStatus().type));
      return inTurn([...thirdParties.map((c) => (cb: Done) => c.destroy(cb)), (cb: Done) => contact.getAgentConnection().destroy(cb)], done);
    }
    case 'close':
      return contact.clear(done);
    case 'digits':
      return contact.getAgentConnection().sendDigits(command.digits, done);
    case 'add': {
      const endpoint = endpoints.get(command.endpointArn);
      if (!endpoint) return done.failure('no-such-quick-connect');
      return contact.addConnection(endpoint, done);
    }
    case 'add-number':
      return contact.addConnection(connect.Endpoint.byPhoneNumber(command.e164), done);
  }
}

/** Everyone on the call but the agent. */
function others(contact: connect.Contact): connect.BaseConnection[] {
  return contact.getConnections().filter((c) => c.getType() !== connect.ConnectionType.AGENT);
}

/** The named party, or the customer. */
function partyOf(contact: connect.Contact, connectionId: string | undefined): connect.BaseConnection | null {
  if (!connectionId) return contact.getInitialConnection();
  return others(contact).find((c) => c.getConnectionId() === connectionId) ?? null;
}

/** Streams calls one after another, each after the last succeeded; the first failure stops them. */
function inTurn(steps: Array<(cb: Done) => void>, done: Done): void {
  const next = (i: number) => {
    if (i === steps.length) return done.success();
    try {
      steps[i]!({ success: () => next(i + 1), failure: done.failure });
    } catch (e) {
      done.failure(e instanceof Error ? e.message : 'failed');
    }
  };
  next(0);
}
