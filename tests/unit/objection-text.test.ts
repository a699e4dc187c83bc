import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { loadMessages } from '../../src/locales.js';
import { objectionText } from '../../src/core/objection.js';
import { LOCALES_DIR } from '../helpers/app.js';

describe('the objection for a profile in Switzerland', () => {
  for (const language of LANGUAGES) {
    it(`${language}: says why the GDPR is cited (LinkedIn's European notice covers Switzerland), only for Switzerland`, () => {
      const messages = loadMessages(LOCALES_DIR, language);
      const person = { name: 'Anna Muster', email: 'anna@example.ch', reasons: '' };
      const swiss = objectionText(messages, person, 'ch');
      expect(swiss).toContain(messages.objection.swiss);
      expect(swiss).toContain('LinkedIn Ireland');
      // Its own paragraph, after the objection itself and before the request to confirm.
      const paragraphs = swiss.split('\n\n');
      expect(paragraphs.indexOf(messages.objection.swiss)).toBe(3);
      for (const region of ['eu', 'uk', undefined] as const) {
        const text = objectionText(messages, person, region);
        expect(text).not.toContain('LinkedIn Ireland');
        expect(text.split('\n\n')).toEqual(paragraphs.filter((paragraph) => paragraph !== messages.objection.swiss));
      }
    });
  }
});
