import { expect, it } from 'vitest';
import { crmMatchPattern, crmOriginPattern, isOnCrmSite } from './crm-site';

it('asks for a CRM site\'s host, but runs on its exact origin', () => {
  expect(crmMatchPattern('https://crm.example.com:8443')).toBe('https://crm.example.com/*');
  expect(crmOriginPattern('https://crm.example.com:8443')).toBe('https://crm.example.com:8443/*');
  expect(crmOriginPattern('https://crm.example.com:443')).toBe('https://crm.example.com/*');
  expect(crmOriginPattern('http://127.0.0.1:4200')).toBe('http://127.0.0.1:4200/*');
});

it('matches a CRM site by scheme, host and port', () => {
  expect(isOnCrmSite('https://crm.example.com', 'https://crm.example.com')).toBe(true);
  expect(isOnCrmSite('https://crm.example.com', 'https://crm.example.com:443')).toBe(true);
  expect(isOnCrmSite('https://crm.example.com', 'https://crm.example.com:8443')).toBe(false);
  expect(isOnCrmSite('http://127.0.0.1:4200', 'http://127.0.0.1:4100')).toBe(false);
  expect(isOnCrmSite('https://crm.example.com', 'http://crm.example.com')).toBe(false);
  expect(isOnCrmSite('https://crm.example.com', 'https://crm.example.com.evil.test')).toBe(false);
});
