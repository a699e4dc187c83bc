import { Chalk, type ChalkInstance } from 'chalk';
import type { Environment } from '../core/language.js';
import type { Decoration } from '../core/text.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Colour is decided here, once. chalk does not honour NO_COLOR by itself, so: `--no-color` wins,
 * then FORCE_COLOR (0 turns colour off, 1–3 pick the level), then NO_COLOR (any non-empty value),
 * TERM=dumb and output that is not a terminal turn it off.
 */
export function colorLevel(options: { readonly color: boolean; readonly env: Environment; readonly isTTY: boolean }): ColorLevel {
  if (!options.color) return 0;
  const force = options.env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return 1;
  }
  if (options.env['NO_COLOR']) return 0;
  if (options.env['TERM'] === 'dumb') return 0;
  if (!options.isTTY) return 0;
  const colorterm = options.env['COLORTERM'];
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (options.env['TERM']?.includes('256')) return 2;
  return 1;
}

export interface Style extends Decoration {
  readonly level: ColorLevel;
  /** Marks such as ✓ and ✗ before a state; off in accessible mode, where the words say it. */
  readonly marks: boolean;
  heading(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  /** For Inquirer's theme: the answer and the active choice. */
  accent(text: string): string;
}

export function createStyle(level: ColorLevel, options: { readonly marks?: boolean } = {}): Style {
  const chalk: ChalkInstance = new Chalk({ level });
  return {
    level,
    marks: options.marks ?? true,
    label: (text) => chalk.bold.cyan(text),
    value: (text) => chalk.underline(text),
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
    ok: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
    warn: (text) => chalk.yellow(text),
    accent: (text) => chalk.cyan(text),
  };
}
