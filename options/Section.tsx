import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../src/shared/i18n';
import { LockNote } from './LockNote';

/** One setting's box: title, help, the lock note when policy sets it. */
export function Section(props: { id: string; title: MessageKey; help?: MessageKey; locked?: boolean; labelFor?: string; children: ComponentChildren }) {
  return (
    <section class={`setting${props.locked ? ' locked' : ''}`} id={props.id} data-locked={props.locked ? 'true' : 'false'}>
      <h2>{props.labelFor ? <label for={props.labelFor}>{t(props.title)}</label> : t(props.title)}</h2>
      {props.help && <p class="help">{t(props.help)}</p>}
      <LockNote locked={Boolean(props.locked)} />
      {props.children}
    </section>
  );
}
