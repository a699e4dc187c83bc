import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDES, LINKS } from '../../src/core/catalogue.js';
import { LOCALES_DIR } from '../helpers/app.js';

// Every LinkedIn address FACTS.md gives (§1, §2, §3, §5), copied here on purpose: the tool may show
// only these, and a test that read them from the code could not catch a wrong one.
const ALLOWED = new Set([
  'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
  // FACTS §2: the Data Protection Officer's own form, before a complaint.
  'https://www.linkedin.com/help/linkedin/ask/TSO-DPO',
  'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research',
  'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners',
  'https://www.linkedin.com/mypreferences/d/settings/ads-beyond-linkedin',
  'https://www.linkedin.com/mypreferences/d/categories/account',
  'https://www.linkedin.com/mypreferences/d/categories/privacy',
  'https://www.linkedin.com/mypreferences/d/categories/ads',
  'https://www.linkedin.com/help/linkedin/answer/a5538339',
  'https://www.linkedin.com/help/linkedin/answer/a6278444',
  'https://www.linkedin.com/help/linkedin/answer/a8059228',
  'https://www.linkedin.com/help/linkedin/answer/a1397243',
  'https://www.linkedin.com/legal/privacy/eu',
  // FACTS §2: the EDPB's list of data-protection authorities, the one address that is not LinkedIn's.
  'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
]);

describe('links', () => {
  it("every link of the catalogue is an address from FACTS.md, over https, LinkedIn's except the EDPB list", () => {
    for (const [name, url] of Object.entries(LINKS)) {
      expect(url.startsWith(name === 'dpaList' ? 'https://www.edpb.europa.eu/' : 'https://www.linkedin.com/'), name).toBe(true);
      expect(ALLOWED.has(url), `${name}: ${url}`).toBe(true);
    }
    for (const guide of GUIDES) {
      expect(LINKS[guide.directLink]).toBeDefined();
      expect(LINKS[guide.helpLink]).toBeDefined();
    }
  });

  it("every link goes inside cmd.exe's quotes as it is: no quote, %, &, ^ or space (the browser opener on Windows relies on it)", () => {
    for (const url of Object.values(LINKS)) expect(url).not.toMatch(/["%&^\s]/);
  });

  it('never the slugs that circulate in code but are wrong', () => {
    for (const url of Object.values(LINKS)) expect(url).not.toMatch(/data-for-generative-ai/);
  });

  it('the locale files hold no addresses of their own: links come from the catalogue only', () => {
    for (const file of readdirSync(LOCALES_DIR)) {
      expect(readFileSync(join(LOCALES_DIR, file), 'utf8'), file).not.toMatch(/https?:\/\/|www\./);
    }
  });
});
