import { GUIDES, type GuideDefinition } from '../../core/catalogue.js';

const form = GUIDES.find((guide) => guide.sentStep !== undefined);
if (form === undefined) throw new Error('The catalogue has no guide with a step that sends something.');

/** The guide that sends something: LinkedIn's objection form (the catalogue knows it by its send step). */
export const FORM: GuideDefinition = form;
