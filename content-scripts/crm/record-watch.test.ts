// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeHighlighter } from '../../test/unit/fake-highlighter';
import { findOptionsFor, readInOtherCountries } from './read-options';
import { watchRecords } from './record-watch';
import './records-entry'; // the records bundle, as the worker registers it when other countries are set

function setup(others: string[]) {
  readInOtherCountries(others);
  document.body.replaceChildren(...new DOMParser().parseFromString(`<table><tr><th>Phone</th><th>Country</th></tr>
    <tr><td id="n">07700 900123</td><td id="c">United Kingdom</td></tr></table>`, 'text/html').body.childNodes);
  const fake = fakeHighlighter();
  const watch = watchRecords({ highlighter: fake.highlighter, country: () => 'JP', signal: new AbortController().signal });
  const number = document.getElementById('n')!.firstChild as Text;
  // Read as the scan reads it: the record's country is asked, and the number recorded.
  const options = findOptionsFor(number, 'JP');
  fake.highlighter.set(number, number.data, true, []);
  return { fake, watch, number, options };
}
const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(() => readInOtherCountries([]));

describe('watchRecords', () => {
  it('reads a record\'s numbers again, with its new country, when the page changes its Country cell', async () => {
    const { fake, watch, number, options } = setup(['GB']);
    expect(options.recordCountry).toBe('GB');
    const country = document.getElementById('c')!;
    country.textContent = 'Japan';
    watch.changed(country.firstChild!);
    expect(fake.reads()).toBe(1); // not yet: changes are gathered first
    await microtask();
    expect(fake.reads()).toBe(2);
    expect(findOptionsFor(number, 'JP').recordCountry).toBe('JP');
  });

  it('reads nothing again when the change leaves the record\'s country as it was', async () => {
    const { fake, watch } = setup(['GB']);
    const country = document.getElementById('c')!;
    country.textContent = 'UK';
    watch.changed(country.firstChild!);
    await microtask();
    expect(fake.reads()).toBe(1);
  });

  it('follows no record when the agent calls no other country', async () => {
    const { fake, watch, options } = setup([]);
    expect(options).toEqual({ defaultCountry: 'JP', wholeCell: true });
    const country = document.getElementById('c')!;
    country.textContent = 'Japan';
    watch.changed(country.firstChild!);
    await microtask();
    expect(fake.reads()).toBe(1);
  });
});
