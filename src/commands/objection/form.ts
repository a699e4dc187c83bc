import { GUIDES } from '../../core/catalogue.js';

/** The guide that sends something: LinkedIn's objection form (the catalogue knows it by its send step). */
export const FORM = GUIDES.find((guide) => guide.sentStep !== undefined);
