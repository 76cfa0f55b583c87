/**
 * One phone per browser. Side panels are per window, and two running the CCP would fight over
 * the microphone and double every event, so the background elects one panel to run Streams;
 * the others stand by, show where the phone is, and can take it over.
 *
 * The elected panel is kept in storage.session, so a worker stopped and restarted re-elects the
 * same panel when it reconnects, and its Streams keeps running across the stop.
 */
import { badgeFor, showBadge } from './badge';
import { broadcastToPanels, livePanels, postToPanel, setOwner, type Panel } from './phone-port';
import { readSession, serialized, writeSession } from './session-store';

/**
 * After a worker restart every panel reconnects, in no particular order. A panel that finds the
 * elected one missing waits this long for it before taking over: the phone's own reconnect
 * comes within ≈ 100 ms, a closed panel never does.
 */
export const ORPHAN_GRACE_MS = 1500;

type Owner = { panelId: string; windowId: number } | null;

async function elect(next: Owner): Promise<void> {
  const { phoneOwner } = await readSession('phoneOwner');
  setOwner(next?.panelId ?? null);
  if (phoneOwner?.panelId === next?.panelId) {
    await writeSession({ phoneOwner: next });
  } else {
    // A different phone (or none): what the old one reported is not known to be current any
    // more. The new phone's Streams reports every contact that still exists as it starts.
    await writeSession({ phoneOwner: next, contacts: {}, ...(next ? {} : { agent: null }) });
    broadcastToPanels({ type: 'contacts-changed', contacts: [] });
    const { agent } = await readSession('agent');
    await showBadge(badgeFor(agent, []));
  }
  announce(next);
}

/** Tells every connected panel its role and where the phone is. */
function announce(owner: Owner): void {
  for (const panel of livePanels()) {
    postToPanel(panel.panelId, { type: 'role-assigned', role: panel.panelId === owner?.panelId ? 'phone' : 'standby', phoneWindowId: owner?.windowId ?? null });
  }
}

export function panelAttached(panel: Panel): Promise<void> {
  return serialized(async () => {
    const { phoneOwner } = await readSession('phoneOwner');
    if (!phoneOwner || phoneOwner.panelId === panel.panelId) {
      await elect({ panelId: panel.panelId, windowId: panel.windowId });
      return;
    }
    setOwner(phoneOwner.panelId);
    postToPanel(panel.panelId, { type: 'role-assigned', role: 'standby', phoneWindowId: phoneOwner.windowId });
    if (!livePanels().some((p) => p.panelId === phoneOwner.panelId)) {
      // A timer, not an alarm: it only matters while this panel's Port keeps the worker alive,
      // and a worker stopped before it fires runs this check again on the next attach.
      setTimeout(() => void adoptOrphanedPhone(phoneOwner.panelId), ORPHAN_GRACE_MS);
    }
  });
}

/** The elected panel never came back (closed while the worker slept): the oldest panel takes over. */
function adoptOrphanedPhone(missingPanelId: string): Promise<void> {
  return serialized(async () => {
    const { phoneOwner } = await readSession('phoneOwner');
    if (phoneOwner?.panelId !== missingPanelId || livePanels().some((p) => p.panelId === missingPanelId)) return;
    await elect(oldest(livePanels()));
  });
}

export function panelGone(panel: Panel): Promise<void> {
  return serialized(async () => {
    const { phoneOwner } = await readSession('phoneOwner');
    if (phoneOwner?.panelId !== panel.panelId) return;
    await elect(oldest(livePanels().filter((p) => p.panelId !== panel.panelId)));
  });
}

export function takeOver(panel: Panel): Promise<void> {
  return serialized(() => elect({ panelId: panel.panelId, windowId: panel.windowId }));
}

function oldest(panels: Panel[]): Owner {
  const first = [...panels].sort((a, b) => a.attachedAt - b.attachedAt)[0];
  return first ? { panelId: first.panelId, windowId: first.windowId } : null;
}
