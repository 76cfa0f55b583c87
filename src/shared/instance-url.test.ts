import { describe, expect, it } from 'vitest';
import { logoutUrl, normalizeInstanceUrl } from './instance-url';

const ccp = (input: string, dev = false) => {
  const r = normalizeInstanceUrl(input, dev);
  return r.ok ? r.ccpUrl : r.error;
};

describe('normalizeInstanceUrl', () => {
  it('turns an alias into the new-domain CCP URL', () => {
    expect(ccp('my-centre')).toBe('https://my-centre.my.connect.aws/ccp-v2/');
    expect(ccp('  My-Centre ')).toBe('https://my-centre.my.connect.aws/ccp-v2/');
  });

  it('accepts every way of writing a new-domain instance', () => {
    for (const input of [
      'https://acme.my.connect.aws',
      'https://acme.my.connect.aws/',
      'acme.my.connect.aws',
      'https://acme.my.connect.aws/ccp-v2',
      'https://acme.my.connect.aws/ccp-v2/',
      'https://ACME.my.connect.aws/ccp-v2/#/',
      'https://acme.my.connect.aws/agent-app-v2/',
      'https://acme.my.connect.aws/ccp-v2/?x=1',
    ]) expect(ccp(input), input).toBe('https://acme.my.connect.aws/ccp-v2/');
  });

  it('keeps an older awsapps.com instance on its own domain', () => {
    for (const input of [
      'https://acme.awsapps.com/connect/ccp-v2',
      'https://acme.awsapps.com/connect/ccp-v2/',
      'https://acme.awsapps.com/connect/home',
      'acme.awsapps.com',
    ]) expect(ccp(input), input).toBe('https://acme.awsapps.com/connect/ccp-v2/');
  });

  it('says why anything else is refused', () => {
    expect(ccp('')).toBe('empty');
    expect(ccp('   ')).toBe('empty');
    expect(ccp('-bad-')).toBe('bad-alias');
    expect(ccp('a_b')).toBe('bad-alias');
    expect(ccp('http://acme.my.connect.aws/ccp-v2/')).toBe('not-https');
    expect(ccp('https://example.com/ccp-v2/')).toBe('not-connect-host');
    expect(ccp('https://acme.my.connect.aws.evil.com/ccp-v2/')).toBe('not-connect-host');
    expect(ccp('https://evil.com/acme.my.connect.aws')).toBe('not-connect-host');
    expect(ccp('https://acme.my.connect.aws:8443/ccp-v2/')).toBe('not-connect-host');
    expect(ccp('https://user:pw@acme.my.connect.aws/')).toBe('not-a-url');
    expect(ccp('https://acme.my.connect.aws/something/else')).toBe('unknown-path');
    expect(ccp('https://a..b.my.connect.aws/')).toBe('bad-alias');
    expect(ccp('https://')).toBe('not-a-url');
    expect(ccp('javascript:alert(1)')).toBe('not-a-url');
  });

  it('accepts a loopback simulator only in a development build', () => {
    expect(ccp('http://127.0.0.1:4100/ccp-v2/')).toBe('dev-only');
    expect(ccp('http://localhost:4100', false)).toBe('dev-only');
    expect(ccp('http://127.0.0.1:4100/ccp-v2/', true)).toBe('http://127.0.0.1:4100/ccp-v2/');
    expect(ccp('http://127.0.0.1:4100', true)).toBe('http://127.0.0.1:4100/ccp-v2/');
    expect(ccp('http://localhost:4100/ccp-v2', true)).toBe('http://localhost:4100/ccp-v2/');
  });
});

describe('logoutUrl', () => {
  it('is where Streams signs out: beside the CCP, on either domain', () => {
    expect(logoutUrl('https://acme.my.connect.aws/ccp-v2/')).toBe('https://acme.my.connect.aws/logout');
    expect(logoutUrl('https://acme.awsapps.com/connect/ccp-v2/')).toBe('https://acme.awsapps.com/connect/logout');
    expect(logoutUrl(ccp('acme.awsapps.com'))).toBe('https://acme.awsapps.com/connect/logout');
  });
});
