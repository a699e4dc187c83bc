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

/**
 * Without colour (level 0) nothing here asks chalk: every style gives the text back as it is, which
 * is what chalk itself does at that level, and the bundle then never loads chalk (dist/chalk.cjs,
 * see scripts/build.js), whose set-up costs about a millisecond.
 */
export function createStyle(level: ColorLevel, options: { readonly marks?: boolean } = {}): Style {
  const chalk: ChalkInstance | undefined = level === 0 ? undefined : new Chalk({ level });
  const paint = (pick: (chalk: ChalkInstance) => (text: string) => string) => (chalk === undefined ? (text: string) => text : pick(chalk));
  return {
    level,
    marks: options.marks ?? true,
    label: paint((c) => c.bold.cyan),
    value: paint((c) => c.underline),
    heading: paint((c) => c.bold),
    dim: paint((c) => c.dim),
    bold: paint((c) => c.bold),
    ok: paint((c) => c.green),
    bad: paint((c) => c.red),
    warn: paint((c) => c.yellow),
    accent: paint((c) => c.cyan),
  };
}
