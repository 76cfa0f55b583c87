import { expect, it } from 'vitest';
import { crmMatchPattern, isOnCrmSite } from './crm-site';

it('matches a CRM site by scheme and host, whatever the port', () => {
  expect(crmMatchPattern('https://crm.example.com:8443')).toBe('https://crm.example.com/*');
  expect(isOnCrmSite('https://crm.example.com', 'https://crm.example.com:8443')).toBe(true);
  expect(isOnCrmSite('https://crm.example.com', 'http://crm.example.com')).toBe(false);
  expect(isOnCrmSite('https://crm.example.com', 'https://crm.example.com.evil.test')).toBe(false);
});
