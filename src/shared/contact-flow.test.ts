import { describe, expect, it } from 'vitest';
import { contactFlowOf, ivrAttributeError, ivrSeparatorError, ivrStepNameErrors, MAX_IVR_STEPS, type ContactFlowSettings } from './contact-flow';

const mapped: ContactFlowSettings = {
  ivrFlowAttribute: 'flowName',
  ivrPathAttribute: 'ivrPath',
  ivrPathSeparator: '>',
  ivrStepNames: [
    { path: '1', label: '商品について' },
    { path: '1 > 3', label: '返品' },
    { path: '2', label: 'Billing' },
  ],
};

describe('contactFlowOf', () => {
  it('shows the flow and names each step by its path from the start, as the admin named it', () => {
    expect(contactFlowOf({ flowName: '商品問い合わせフロー', ivrPath: '1>3' }, mapped)).toEqual({
      flow: '商品問い合わせフロー',
      steps: [{ code: '1', label: '商品について' }, { code: '3', label: '返品' }],
    });
  });

  it('reads the path however it is spaced, and shows an unnamed step as the caller chose it', () => {
    expect(contactFlowOf({ ivrPath: ' 2 >  9 ' }, mapped)?.steps).toEqual([{ code: '2', label: 'Billing' }, { code: '9', label: '9' }]);
    // "3" under "2" is not "3" under "1": names go by the whole path.
    expect(contactFlowOf({ ivrPath: '2>3' }, mapped)?.steps[1]).toEqual({ code: '3', label: '3' });
  });

  it('takes the admin\'s separator, words included', () => {
    const words = { ...mapped, ivrPathSeparator: ' / ', ivrStepNames: [{ path: 'Main/Billing', label: 'Billing menu' }] };
    expect(contactFlowOf({ ivrPath: 'Main / Billing / Refund' }, words)?.steps.map((s) => s.label)).toEqual(['Main', 'Billing menu', 'Refund']);
  });

  it('is null when nothing is mapped or the contact has none of it, and never runs past MAX_IVR_STEPS', () => {
    expect(contactFlowOf({ flowName: 'X' }, { ...mapped, ivrFlowAttribute: '', ivrPathAttribute: '' })).toBeNull();
    expect(contactFlowOf({ other: '1>2' }, mapped)).toBeNull();
    expect(contactFlowOf({ flowName: '  ', ivrPath: '>>' }, mapped)).toBeNull();
    expect(contactFlowOf({ ivrPath: Array.from({ length: 50 }, (_, i) => i).join('>') }, mapped)?.steps).toHaveLength(MAX_IVR_STEPS);
  });
});

describe('contact flow settings', () => {
  it('an attribute is empty or a Connect attribute name', () => {
    expect(ivrAttributeError('')).toBeNull();
    expect(ivrAttributeError('ivr.path')).toBeNull();
    expect(ivrAttributeError('ivr path')).toBe('bad-attribute-name');
    expect(ivrAttributeError(3)).toBe('wrong-type');
  });

  it('a separator is 1 to 5 characters, not only spaces', () => {
    expect(ivrSeparatorError('>')).toBeNull();
    expect(ivrSeparatorError(' / ')).toBeNull();
    expect(ivrSeparatorError(' ')).toBe('required');
    expect(ivrSeparatorError('------')).toBe('too-long');
  });

  it('a step name has a path and a label', () => {
    expect(ivrStepNameErrors({ path: '1>3', label: 'Returns' })).toEqual({});
    expect(ivrStepNameErrors({ path: '', label: 'x'.repeat(101) })).toEqual({ path: 'required', label: 'too-long' });
    expect(ivrStepNameErrors('1>3')).toEqual({ item: 'wrong-type' });
  });
});
