import type { GuideOptions } from './commands/guide/index.js';

/**
 * The options of the guide when it is started the way most people start it: with no words at all,
 * or with `--accessible` alone. These need no parsing, so the first question comes without setting
 * up commander (its module and the declaration of every command and option cost more than anything
 * else before that question). Anything else goes through commander; a test checks that commander
 * gives the guide the same options for these.
 */
export function quickStart(argv: readonly string[]): GuideOptions | undefined {
  if (argv.length === 0) return { color: true };
  if (argv.length === 1 && argv[0] === '--accessible') return { color: true, accessible: true };
  return undefined;
}
