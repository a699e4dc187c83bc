import type { Region } from './catalogue.js';
import { fill, type Messages } from './messages.js';

export interface Person {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  /**
   * Reasons relating to the person's particular situation (Art. 21(1) GDPR), in their own words:
   * undefined when they could not be asked (a placeholder paragraph to fill in or delete), empty
   * when they gave none (no paragraph). Never made up here.
   */
  readonly reasons?: string | undefined;
}

/**
 * The objection under art. 21 GDPR for LinkedIn's form, in the user's language: paragraphs from the
 * locale, with the name and e-mail address put in when given and a visible placeholder otherwise.
 * For a profile in Switzerland it says why the GDPR is cited: LinkedIn's European notice names
 * LinkedIn Ireland as controller for Swiss members and opens the form to them (docs/FACTS.md §2).
 */
export function objectionText(messages: Messages, person: Person, region?: Region): string {
  const { objection } = messages;
  const swiss = region === 'ch' ? objection.swiss : '';
  const name = person.name || objection.namePlaceholder;
  const email = person.email || objection.emailPlaceholder;
  const reasons = person.reasons === undefined ? objection.reasonsPlaceholder : person.reasons && fill(objection.reasons, { reasons: person.reasons });
  return objection.text
    .map((paragraph) => fill(paragraph, { name, email, reasons, swiss }))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
