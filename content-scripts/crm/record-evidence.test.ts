// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { forgetRecord, recordCountryOf, recordOf } from './record-evidence';

function page(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...doc.body.childNodes);
}
/** The text node holding `text`. */
function textNode(text: string): Text {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(text)) return node as Text;
  throw new Error(`no text ${text}`);
}
const countryOf = (text: string) => recordCountryOf(textNode(text));

describe('the country of a number\'s record', () => {
  it('is its row\'s Country column, found by the header, whatever the other cells say', () => {
    page(`<table>
      <thead><tr><th>Name</th><th>Phone</th><th>Address</th><th>Country/Region</th></tr></thead>
      <tbody>
        <tr><td>Alice</td><td>07700 900123</td><td>Tokyo office, Japan</td><td>United Kingdom</td></tr>
        <tr><td>Ken</td><td>090-1234-5678</td><td></td><td>JP</td></tr>
        <tr><td>Ann</td><td>(416) 555-0132</td><td></td><td>CA</td></tr>
        <tr><td>Nobody</td><td>03-1234-5678</td><td></td><td></td></tr>
      </tbody></table>`);
    expect(countryOf('07700 900123')).toBe('GB');
    expect(countryOf('090-1234-5678')).toBe('JP');
    // A bare code counts in a Country column (in any other cell "CA" may be California).
    expect(countryOf('(416) 555-0132')).toBe('CA');
    expect(countryOf('03-1234-5678')).toBeUndefined();
  });

  it('lines up header and cells past a colspan, and reads a header row of <th> without <thead>', () => {
    page(`<table>
      <tr><th colspan="2">Contact</th><th>国・地域</th></tr>
      <tr><td>佐藤</td><td>07700 900123</td><td>イギリス</td></tr></table>`);
    expect(countryOf('07700 900123')).toBe('GB');
  });

  it('without a Country column, is what the row\'s texts name: an address; not another +CC number alone', () => {
    page(`<table>
      <tr><td>Alice</td><td>07700 900123</td><td>221B Baker Street, London, England</td></tr>
      <tr><td>Ken</td><td>03-1234-5678</td><td>+81 90-1234-5678</td></tr>
      <tr><td>Mixed</td><td>020 7946 0958</td><td>Japan</td><td>United Kingdom</td></tr></table>`);
    expect(countryOf('07700 900123')).toBe('GB');
    expect(countryOf('03-1234-5678')).toBeUndefined(); // "+81 90-…" beside it names no country
    expect(countryOf('020 7946 0958')).toBeUndefined(); // the row disagrees with itself
  });

  it('reads ARIA grid rows, AG Grid\'s pinned parts of one row included, by the column header\'s col-id', () => {
    page(`<div role="grid">
      <div role="row"><div role="columnheader" col-id="name">Name</div><div role="columnheader" col-id="phone">Phone</div><div role="columnheader" col-id="country">Country</div></div>
      <div class="pinned-left"><div role="row" row-index="0"><div role="gridcell" col-id="name">Alice</div></div></div>
      <div class="centre"><div role="row" row-index="0"><div role="gridcell" col-id="phone">07700 900123</div><div role="gridcell" col-id="country">UK</div></div>
      <div role="row" row-index="1"><div role="gridcell" col-id="phone">(415) 555-0132</div><div role="gridcell" col-id="country">United States</div></div></div>
    </div>`);
    expect(countryOf('07700 900123')).toBe('GB');
    expect(countryOf('(415) 555-0132')).toBe('US');
  });

  it('outside a table, is the form, dl or card around the number, by its Country label or field', () => {
    page(`<dl><dt>Phone</dt><dd>07700 900123</dd><dt>Country</dt><dd>UK</dd></dl>
      <div class="contact-card"><p>Bob</p><p>(415) 555-0132</p><p>Country: USA</p></div>
      <form><label for="c">国</label><select id="c" name="country"><option value="JP">Japan</option><option value="GB" selected>United Kingdom</option></select>
        <span>020 7946 0958</span></form>
      <form><input name="country" value="DE" aria-label="Land"><span>030 1234567</span></form>`);
    expect(countryOf('07700 900123')).toBe('GB');
    expect(countryOf('(415) 555-0132')).toBe('US');
    expect(countryOf('020 7946 0958')).toBe('GB');
    expect(countryOf('030 1234567')).toBe('DE');
  });

  it('is nothing for a number in no record, or in a box too big to be one', () => {
    page(`<p>Call 07700 900123 (United Kingdom)</p><section class="cards">${'<p>Japan</p>'.repeat(400)}<div class="card-list"><span>090-1234-5678</span>${'<i>United Kingdom office</i>'.repeat(200)}</div></section>`);
    expect(recordOf(textNode('07700 900123'))).toBeNull();
    expect(countryOf('07700 900123')).toBeUndefined();
    expect(countryOf('090-1234-5678')).toBeUndefined();
  });

  it('is kept per record until forgotten (the page changed the record)', () => {
    page(`<table><tr><th>Phone</th><th>Country</th></tr><tr><td>07700 900123</td><td id="c">United Kingdom</td></tr></table>`);
    const number = textNode('07700 900123');
    expect(recordCountryOf(number)).toBe('GB');
    document.getElementById('c')!.textContent = 'Japan';
    expect(recordCountryOf(number)).toBe('GB');
    forgetRecord(recordOf(number)!);
    expect(recordCountryOf(number)).toBe('JP');
  });
});
