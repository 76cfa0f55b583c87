import { describe, expect, it } from 'vitest';
import { loginUrlFor } from './login-window';

describe('loginUrlFor', () => {
  it('prefers the configured sign-in (SAML) URL', () => {
    expect(loginUrlFor({ instanceUrl: 'https://corp.my.connect.aws/ccp-v2/', loginUrl: 'https://idp.example.com/saml' })).toBe('https://idp.example.com/saml');
  });
  it('falls back to the CCP URL, which sends a signed-out agent to sign in', () => {
    expect(loginUrlFor({ instanceUrl: 'https://corp.my.connect.aws/ccp-v2/', loginUrl: '' })).toBe('https://corp.my.connect.aws/ccp-v2/');
  });
  it('has nothing to open without an instance, and ignores a bad sign-in URL', () => {
    expect(loginUrlFor({ instanceUrl: '', loginUrl: '' })).toBeNull();
    expect(loginUrlFor({ instanceUrl: 'https://corp.my.connect.aws/ccp-v2/', loginUrl: 'http://idp.example.com' })).toBe('https://corp.my.connect.aws/ccp-v2/');
  });
});
