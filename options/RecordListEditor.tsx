import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../src/shared/i18n';
import type { FieldError } from '../src/shared/settings-validate';
import { fieldErrorText } from './field-error';

type Draft = Record<string, string | boolean>;

export interface FieldSpec<D extends Draft> {
  name: keyof D & string;
  label: MessageKey;
  kind: 'text' | 'select' | 'checkbox';
  /** A select's options: a message, or text shown as it is (a site's address). */
  options?: ReadonlyArray<{ value: string; label: MessageKey } | { value: string; text: string }>;
  placeholder?: string;
  /** A text field's suggestions (a datalist); any other text may still be typed. */
  suggestions?: readonly string[];
  help?: MessageKey;
  /** Shown only when the draft says so (e.g. a condition's fields). */
  showIf?: (draft: D) => boolean;
}

export interface RecordListEditorProps<T, D extends Draft> {
  /** DOM id prefix: `<id>-list`, `<id>-add`, `<id>-field-<name>`, `<id>-error-<name>`, `<id>-save`. */
  id: string;
  items: T[];
  locked: boolean;
  fields: ReadonlyArray<FieldSpec<D>>;
  empty: () => D;
  toDraft: (item: T) => D;
  /** Builds the record; `previous` is the edited one (its id kept), null for a new one. */
  fromDraft: (draft: D, previous: T | null) => T;
  /** Errors by field name; `others` are the other records (for duplicates). */
  errorsOf: (draft: D, others: T[]) => Record<string, FieldError>;
  /** Notes by field name that do not stop the save (e.g. a value this browser cannot check). */
  hintsOf?: (draft: D) => Record<string, string>;
  summary: (item: T) => ComponentChildren;
  save: (items: T[]) => Promise<void>;
  addLabel: MessageKey;
  emptyLabel: MessageKey;
  reorderable?: boolean;
}

/**
 * A list of records (screen-pop rules, auto-fill mappings, attributes) edited one at a time in a
 * form: each field validated as it is typed, the record saved only when it is valid, and the saved
 * list untouched until then — a bad edit never costs what was already saved.
 */
export function RecordListEditor<T, D extends Draft>(props: RecordListEditorProps<T, D>) {
  const [editing, setEditing] = useState<{ index: number | null; draft: D; touched: Set<string>; submitted: boolean } | null>(null);
  const { id, items, locked } = props;

  const others = editing ? items.filter((_, i) => i !== editing.index) : items;
  const errors = editing ? props.errorsOf(editing.draft, others) : {};
  const hints = editing && props.hintsOf ? props.hintsOf(editing.draft) : {};
  const shownError = (name: string) => (editing && (editing.submitted || editing.touched.has(name)) ? errors[name] : undefined);

  const update = (name: string, value: string | boolean) =>
    setEditing((e) => (e ? { ...e, draft: { ...e.draft, [name]: value }, touched: new Set(e.touched).add(name) } : e));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    if (Object.keys(errors).length) return setEditing({ ...editing, submitted: true });
    const previous = editing.index === null ? null : (items[editing.index] ?? null);
    const record = props.fromDraft(editing.draft, previous);
    const next = editing.index === null ? [...items, record] : items.map((item, i) => (i === editing.index ? record : item));
    await props.save(next);
    setEditing(null);
  };

  const move = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    void props.save(next);
  };

  return (
    <div class="record-list" id={id}>
      {items.length === 0 ? (
        <p class="muted" id={`${id}-empty`}>{t(props.emptyLabel)}</p>
      ) : (
        <ol class="records" id={`${id}-list`}>
          {items.map((item, index) => (
            <li key={index} data-index={index}>
              <div class="summary">{props.summary(item)}</div>
              {!locked && (
                <div class="row-actions">
                  {props.reorderable && index > 0 && <button type="button" class="move-up" onClick={() => move(index, -1)} aria-label={t('moveUp')}>↑</button>}
                  {props.reorderable && index < items.length - 1 && <button type="button" class="move-down" onClick={() => move(index, 1)} aria-label={t('moveDown')}>↓</button>}
                  <button type="button" class="edit" onClick={() => setEditing({ index, draft: props.toDraft(item), touched: new Set(), submitted: false })}>{t('edit')}</button>
                  <button type="button" class="remove" onClick={() => void props.save(items.filter((_, i) => i !== index))}>{t('remove')}</button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {!locked && !editing && (
        <button type="button" id={`${id}-add`} onClick={() => setEditing({ index: null, draft: props.empty(), touched: new Set(), submitted: false })}>{t(props.addLabel)}</button>
      )}
      {editing && (
        <form class="record-form" id={`${id}-form`} onSubmit={submit} noValidate>
          {props.fields.filter((f) => !f.showIf || f.showIf(editing.draft)).map((field) => {
            const inputId = `${id}-field-${field.name}`;
            const error = shownError(field.name);
            const value = editing.draft[field.name];
            return (
              <div class={`form-field ${field.kind}`} key={field.name}>
                {field.kind === 'checkbox' ? (
                  <label class="switch">
                    <input id={inputId} type="checkbox" checked={Boolean(value)} onChange={(e) => update(field.name, (e.target as HTMLInputElement).checked)} />
                    <span>{t(field.label)}</span>
                  </label>
                ) : (
                  <>
                    <label for={inputId}>{t(field.label)}</label>
                    {field.kind === 'select' ? (
                      <select id={inputId} value={String(value)} onChange={(e) => update(field.name, (e.target as HTMLSelectElement).value)}>
                        {field.options!.map((o) => <option key={o.value} value={o.value}>{'text' in o ? o.text : t(o.label)}</option>)}
                      </select>
                    ) : (
                      <input id={inputId} type="text" spellcheck={false} autocomplete="off" value={String(value)} placeholder={field.placeholder}
                        aria-invalid={error ? 'true' : 'false'} aria-describedby={`${id}-error-${field.name}`}
                        list={field.suggestions?.length ? `${inputId}-suggestions` : undefined}
                        onInput={(e) => update(field.name, (e.target as HTMLInputElement).value)} />
                    )}
                  </>
                )}
                {field.suggestions?.length ? (
                  <datalist id={`${inputId}-suggestions`}>{field.suggestions.map((text) => <option key={text} value={text} />)}</datalist>
                ) : null}
                {field.help && <p class="help">{t(field.help)}</p>}
                {error && <p class="field-error" id={`${id}-error-${field.name}`} role="alert">{fieldErrorText(error)}</p>}
                {!error && hints[field.name] && <p class="field-hint" id={`${id}-hint-${field.name}`} role="status">{hints[field.name]}</p>}
              </div>
            );
          })}
          <div class="row">
            <button class="primary" type="submit" id={`${id}-save`}>{t('save')}</button>
            <button type="button" id={`${id}-cancel`} onClick={() => setEditing(null)}>{t('cancel')}</button>
          </div>
        </form>
      )}
    </div>
  );
}
