// Inquirer's prompts, loaded lazily by inquirer-prompts.ts when a question is asked, imported by
// name so the bundler keeps only these.
export { checkbox, input, select } from '@inquirer/prompts';
