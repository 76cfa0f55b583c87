/**
 * The phone document: the one offscreen document of the browser (reasons USER_MEDIA, WEB_RTC),
 * hosting Streams, the CCP frame and the softphone audio (host.ts). No window, panel or popup owns
 * it, so closing any of them never ends a call. It has only chrome.runtime among the extension
 * APIs: the background says which instance to run, and this page reports what Streams sees.
 */
import { hostPhone } from './host';

hostPhone(document.getElementById('ccp')!);
