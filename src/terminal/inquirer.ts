// Everything only the interactive commands need, loaded lazily by prompts.ts: Inquirer's prompts,
// imported by name so the bundler keeps only these, and the QR code renderer.
export { checkbox, input, select } from '@inquirer/prompts';
export { renderUnicodeCompact } from 'uqr';
