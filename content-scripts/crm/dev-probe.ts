/**
 * Development build only: the figures of the last scan, written on our shadow host for the
 * end-to-end tests and the bench (they run in the page's main world, which cannot read our
 * isolated world's variables). The release build never calls it.
 */
import type { GuestRoot } from './guest-root';
import type { HighlightStats } from './highlighting';

export function reportStats(guest: GuestRoot, scriptStart: number, stats: HighlightStats): void {
  const host = guest.root.host as HTMLElement;
  const figures: Record<string, number> = {
    scriptStart,
    started: stats.startedAt,
    viewport: stats.viewportAt,
    idle: stats.idleAt,
    count: stats.count,
    longest: stats.longestSliceMs,
    busy: stats.busyMs,
    worker: stats.workerMs,
  };
  for (const [name, value] of Object.entries(figures)) host.dataset[`ccps${name[0]!.toUpperCase()}${name.slice(1)}`] = String(Math.round(value * 100) / 100);
}
