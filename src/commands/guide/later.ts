// What the guide needs only once its first question is answered: dates (date-fns), the checklist
// and its renderer, the plan, the steps and the objection's follow-up. index.ts loads this module
// then (for someone returning: before the summary), so the first question is drawn without
// evaluating any of it.
export { timeline } from '../../core/dates.js';
export { offerFollowUp } from '../objection/follow-up.js';
export { printFinish, printStopped, printSummary, recheckDue } from './finish.js';
export { choosePlan } from './plan.js';
export { recheck } from './recheck.js';
export { printGuideIntro } from './show.js';
export { walkGuide } from './steps.js';
