// The one place Inquirer is imported, statically and by name, so the bundler keeps only the
// select prompt; prompts.ts loads this module lazily.
export { select } from '@inquirer/prompts';
