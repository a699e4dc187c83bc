import { fill, type Messages } from './messages.js';

/**
 * The objection under art. 21 GDPR for LinkedIn's form, in the user's language: paragraphs from the
 * locale, with the name and e-mail address put in when given and a visible placeholder otherwise.
 */
export function objectionText(messages: Messages, person: { readonly name?: string; readonly email?: string }): string {
  const { objection } = messages;
  const name = person.name || objection.namePlaceholder;
  const email = person.email || objection.emailPlaceholder;
  return objection.text.map((paragraph) => fill(paragraph, { name, email })).join('\n\n');
}
