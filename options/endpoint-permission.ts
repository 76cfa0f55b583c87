import browser from 'webextension-polyfill';
import { crmMatchPattern } from '../src/shared/crm-site';
import { endpointOrigin } from '../src/shared/settings-call-log';

/**
 * Asks the browser for the host permission of each endpoint's origin (optional host permissions:
 * the webhook and the lookup are reached from the background only once the admin added them).
 * Must be the first await of a click handler: the request needs the click's gesture.
 */
export function requestEndpointOrigins(urls: string[]): Promise<boolean> {
  const patterns = [...new Set(urls.map(endpointOrigin).filter((o): o is string => Boolean(o)).map(crmMatchPattern))];
  if (!patterns.length) return Promise.resolve(true);
  return browser.permissions.request({ origins: patterns }).catch(() => false);
}
