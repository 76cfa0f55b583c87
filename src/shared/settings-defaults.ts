/**
 * The settings' defaults, from which their type is derived, and their keys: what every context,
 * the content script included, needs to know of the settings without reading or writing them
 * (settings.ts does that, through the polyfill the content script does not carry).
 */
import type { CallerIdQueue } from './caller-id';
import type { IvrStepName } from './contact-flow';
import type { LogTarget, LookupField } from './settings-call-log';

/** When a screen-pop rule fires, in the life of a contact. */
export type ScreenPopTrigger = 'ringing' | 'accepted' | 'connected';
/** Where it opens: always a new tab, a tab already on that CRM site, or a tab whose URL already matches. */
export type ScreenPopTarget = 'new-tab' | 'reuse-crm-tab' | 'focus-matching';

export interface ScreenPopRule {
  id: string;
  name: string;
  /** e.g. `https://crm.example.com/search?q={phone.e164}&id={attr.CustomerId}` */
  urlTemplate: string;
  trigger: ScreenPopTrigger;
  target: ScreenPopTarget;
  /** Fire only when `field` (`queue` or `attr.<Name>`) equals `equals`; null fires always. */
  condition: { field: string; equals: string } | null;
  enabled: boolean;
}

export interface AutofillMapping {
  id: string;
  /** A CSS selector, or a field's label / name / placeholder text: one of the two is set. */
  selector: string;
  label: string;
  /** e.g. `{phone.national}` or `{attr.AccountId}` */
  template: string;
  /** Overwrite a field the agent already typed in. */
  overwrite: boolean;
}

export interface ShownAttribute {
  key: string;
  label: string;
}

export const defaults = {
  /** The normalised CCP URL (`https://alias.my.connect.aws/ccp-v2/`), or '' when not configured. */
  instanceUrl: '',
  /** Where agents sign in (a SAML IdP URL); '' means the instance's own sign-in (the CCP URL). */
  loginUrl: '',
  /**
   * Amazon's own panel in the side panel (the opt-in classic mode): the side panel hosts Streams
   * and shows Amazon's CCP, for what our controls do not cover; the call then ends when that panel
   * closes. Off: the phone runs in the offscreen phone document and outlives every window.
   */
  amazonPanel: false,
  /** ISO country for national numbers; '' means "from the browser's language". */
  defaultCountry: '',
  /**
   * Other countries the agent calls (ISO codes, at most MAX_OTHER_COUNTRIES): a national number
   * may be read as one of them when its record says so, and when no record says, a number that
   * reads validly in two of the agent's countries is asked about, never guessed. Empty: every
   * national number is read in the default country, as before.
   */
  otherCountries: [] as string[],
  /** CRM origins (`https://crm.example.com`) the admin added; each needs a granted permission. */
  crmSites: [] as string[],
  highlightNumbers: true,
  /** Dial `tel:`/`callto:` links through the CCP instead of the operating system's handler. */
  handleTelLinks: true,
  /** Origins where the agent switched highlighting off from the popup. */
  disabledSites: [] as string[],
  screenPopRules: [] as ScreenPopRule[],
  autofillMappings: [] as AutofillMapping[],
  /** Contact attributes shown on the contact card, in this order, with these labels. */
  shownAttributes: [] as ShownAttribute[],
  /** Call history: how many entries are kept (oldest dropped first). */
  historyLimit: 200,
  /** Privacy: keep numbers out of call history. */
  historyStoreNumbers: true,
  // Issue 13 (settings-call-log.ts): after the call and the customer's record.
  /** The admin's dispositions, offered in the wrap-up form. */
  dispositions: [] as string[],
  /** "Close contact" waits for a disposition. */
  dispositionRequired: false,
  /** Contact attributes kept in the call record. */
  logAttributes: [] as string[],
  /** A regular expression taking a record ID from the URL of the CRM page a call was dialled from. */
  crmRecordPattern: '',
  logTargets: [] as LogTarget[],
  /** The customer lookup: an https GET URL template (`{phone.e164}`), '' for none. */
  lookupUrl: '',
  /** One header line sent with it (`X-Api-Key: …`), '' for none. */
  lookupHeader: '',
  /** Send the CRM's own cookies (the lookup's origin must be a granted host). */
  lookupCookies: false,
  /** Where the matches are in the answer (a JSON pointer); '' for the whole answer. */
  lookupListPointer: '',
  lookupFields: [] as LookupField[],
  /** "No record": a link to create one (URL template, `{phone.e164}`), '' for none. */
  lookupCreateUrl: '',
  /** Outbound caller ID: the queue a dial from each CRM site goes out with, unless the agent picked one. */
  callerIdQueues: [] as CallerIdQueue[],
  // The contact flow / IVR on the contact card (contact-flow.ts), from the attributes the flows set.
  /** The attribute holding the contact flow's name, '' for none. */
  ivrFlowAttribute: '',
  /** The attribute holding the caller's menu choices as a path (`1>3`), '' for none. */
  ivrPathAttribute: '',
  ivrPathSeparator: '>',
  /** Names for menu steps by their path (`1>3` → Returns). */
  ivrStepNames: [] as IvrStepName[],
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(defaults) as SettingKey[];

/** Development build only: a `storage.local` stand-in for `storage.managed`, for the e2e tests. */
export const DEV_MANAGED_OVERRIDE_KEY = '__devManagedOverride';

export { MAX_OTHER_COUNTRIES } from './settings-basic';
