/**
 * The opt-in "Amazon's panel in the side panel" mode: this panel hosts the phone itself (Streams
 * and Amazon's CCP, shown), as the product did before the phone document. One phone per browser
 * still: the background lets one panel host; the others are views and say where the phone is, and
 * one of them takes over hosting once that panel has closed (its calls ended with it).
 */
import { useEffect, useState } from 'preact/hooks';
import { hostPhone } from '../phone/host';
import type { PhoneStatus } from '../shared/protocol';

export function useAmazonPanel(enabled: boolean, container: { current: HTMLElement | null }, status: PhoneStatus): { hosting: boolean; elsewhere: boolean } {
  const [refused, setRefused] = useState(false);

  // Refused while another panel hosts: offered again once the phone is gone ('off').
  useEffect(() => {
    if (refused && status === 'off') setRefused(false);
  }, [refused, status]);

  useEffect(() => {
    if (!enabled || refused || !container.current) return;
    const host = hostPhone(container.current, () => setRefused(true));
    return () => host.stop();
  }, [enabled, refused, container]);

  return { hosting: enabled && !refused, elsewhere: enabled && refused };
}
