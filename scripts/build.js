// Bundles the CLI and its runtime libraries into dist/, so the published package has no
// dependencies: `npx` downloads one small tarball and Node reads a few files instead of hundreds.
//
// - dist/cli.cjs: everything every command needs. CommonJS because Node starts a CommonJS file
//   about 3 ms sooner than an ES module (measured with scripts/bench.js on Node 20).
// - dist/inquirer.cjs: Inquirer's prompts, loaded only by the guide and `reset` (never in
//   accessible mode: its plain prompts need only node:readline), so --help, --version,
//   checklist and status never load Inquirer.
// - dist/commander.cjs: commander, required the first time a command line is parsed; the guide
//   started with no words (or --accessible alone, see src/quick-start.ts) never compiles it.
// - dist/chalk.cjs: chalk, required the first time a style with colour is made: output without
//   colour (to a file, a pipe, with --no-color or NO_COLOR) never sets it up.
// - dist/qr.cjs: the QR code renderer (uqr), loaded only when a step shows a link as a QR code
//   (a quarter of what the prompt bundle would otherwise compile before the first question).
// - dist/dates.cjs: src/core/dates.ts with date-fns and its locales (see DATES_ENTRY), required
//   only where a date is shown, so --help and the guide's first question do not compile it.
// - dist/width.cjs: fast-string-width, for the texts src/terminal/string-width.ts does not measure
//   itself (see there); required only when such a text is shown.
// - dist/calendar.cjs: ical-generator, loaded only by `reminder` (about 39 kB every other
//   command need not read).
// - dist/THIRD-PARTY-LICENSES.txt: the licence of every bundled package.
//
// Parts of libraries that this tool never uses are left out at build time, because loading
// them costs more than the rest of start-up together (and one is measured more cheaply, below;
// date-fns' date parsers of each language are left out for size, see leaveOut):
// - commander's support for executable subcommands needs node:child_process (2.5 ms to load);
//   it gets a stub that throws if ever called;
// - chalk's terminal detection loads node:tty; the tool always tells chalk its colour level
//   (src/terminal/style.ts), so chalk's browser variant (no detection) is used.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });

const CHILD_PROCESS_STUB = `
const unused = () => { throw new Error('linkedin-ki-optout does not start other programs'); };
module.exports = { spawn: unused, execFile: unused, fork: unused };`;

/** @type {import('esbuild').Plugin} */
const leaveOut = {
  name: 'leave-out-unused',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: CHILD_PROCESS_STUB, loader: 'js' }));
    // Inquirer's layout measures every text with fast-string-width; src/terminal/string-width.ts
    // measures the tool's own texts without compiling the library's Unicode-property expressions.
    builder.onResolve({ filter: /^fast-string-width$/ }, (args) => {
      if (/node_modules[\\/]fast-wrap-ansi[\\/]/.test(args.importer)) return { path: join(root, 'src', 'terminal', 'string-width.ts') };
      // Even unused, its regular expressions cost V8 most of a millisecond to parse: string-width.ts
      // gets the library from dist/width.cjs, required the first time a text needs it.
      if (args.importer === join(root, 'src', 'terminal', 'string-width.ts')) return { path: 'fast-string-width', namespace: 'lazy-width' };
      return undefined;
    });
    builder.onLoad({ filter: /.*/, namespace: 'lazy-width' }, () => ({
      contents: "let library;\nexport default (text, options) => (library ??= require('./width.cjs')).default(text, options);",
      loader: 'js',
    }));
    builder.onResolve({ filter: /^\.\/(width|chalk)\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    // date-fns locales bring a parser (match) and relative-day words (formatRelative) that the tool
    // never uses (it only formats dates and distances): five languages' worth of both is left out.
    builder.onResolve({ filter: /[\\/]_lib[\\/](match|formatRelative)\.js$/ }, (args) =>
      /node_modules[\\/]date-fns[\\/]locale[\\/]/.test(args.importer) ? { path: 'date-fns-locale-unused', namespace: 'date-fns-unused' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'date-fns-unused' }, () => ({
      contents:
        "const unused = () => { throw new Error('linkedin-ki-optout does not parse dates'); }; export const match = {}; export const formatRelative = unused;",
      loader: 'js',
    }));
    // chalk is dist/chalk.cjs, required the first time a style with colour is made (src/terminal/style.ts
    // makes none without colour): output to a file or a pipe never sets it up.
    builder.onResolve({ filter: /^chalk$/ }, (args) =>
      args.importer === join(root, 'src', 'terminal', 'style.ts') ? { path: 'chalk', namespace: 'lazy-chalk' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy-chalk' }, () => ({
      contents: "let library;\nexport class Chalk {\n  constructor(options) {\n    return new (library ??= require('./chalk.cjs')).Chalk(options);\n  }\n}",
      loader: 'js',
    }));
    builder.onResolve({ filter: /^#supports-color$/ }, (args) => ({
      path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js'),
    }));
    // date-fns with its locales, and src/core/dates.ts, are a bundle of their own (see DATES_ENTRY).
    builder.onResolve({ filter: /^date-fns\/[A-Za-z]+$|[\\/]dates\.js$/ }, (args) => {
      const fromSource = args.importer.startsWith(join(root, 'src')) && args.importer !== DATES_SOURCE;
      const isDates = args.path.startsWith('date-fns/') || join(args.resolveDir, args.path) === join(root, 'src', 'core', 'dates.js');
      return fromSource && isDates ? { path: './dates.cjs', external: true } : undefined;
    });
    // commander is a bundle of its own, required when src/cli.ts is first imported (any command line
    // other than the guide's quick start), so the guide's first question does not compile its 39 kB.
    builder.onResolve({ filter: /^commander$/ }, (args) =>
      args.importer === join(root, 'src', 'cli.ts') ? { path: './commander.cjs', external: true } : undefined,
    );
    // The lazily loaded prompt and calendar modules are bundles of their own, next to cli.cjs.
    builder.onResolve({ filter: /[\\/](inquirer|qr|calendar)\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./${/(inquirer|qr|calendar)\.js$/.exec(args.path)[1]}.cjs`, external: true } : undefined,
    );
  },
};

// dist/dates.cjs: src/core/dates.ts and the date-fns functions that other modules import directly.
// Only the modules that format dates require it (none of which --help, --version or the guide's
// first question evaluate), so those do not compile its 46 kB (date-fns and five locales).
const DATE_FNS_DIRECT = ['addMonths', 'format', 'startOfDay'];
const DATES_SOURCE = join(root, 'src', 'core', 'dates.ts');
const DATES_ENTRY = `export * from './src/core/dates.ts';\n${DATE_FNS_DIRECT.map((name) => `export { ${name} } from 'date-fns/${name}';`).join('\n')}\n`;

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  // `--plain`: readable output with the real function names, for `node --cpu-prof`.
  minify: !process.argv.includes('--plain'),
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [leaveOut],
  // import() of the prompt bundle becomes require(): Node's ES-module loader would take ~10 ms
  // to wrap a CommonJS file that require() loads directly.
  supported: { 'dynamic-import': false },
};
// src/ is written as ES modules; in the CommonJS bundle import.meta.url is this file's URL. Only
// src/index.ts asks for it (to find the package's folder), so only cli.cjs pays for node:url's
// pathToFileURL, which costs each bundle that evaluates it about 0.3 ms.
const withFileUrl = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const results = await Promise.all([
  build({ ...common, ...withFileUrl, entryPoints: ['src/index.ts'], outfile: join(outdir, 'cli.cjs') }),
  build({ ...common, entryPoints: ['src/terminal/inquirer.ts'], outfile: join(outdir, 'inquirer.cjs') }),
  build({ ...common, entryPoints: ['commander'], outfile: join(outdir, 'commander.cjs') }),
  build({ ...common, entryPoints: ['chalk'], outfile: join(outdir, 'chalk.cjs') }),
  build({ ...common, entryPoints: ['src/terminal/qr.ts'], outfile: join(outdir, 'qr.cjs') }),
  build({ ...common, entryPoints: ['fast-string-width'], outfile: join(outdir, 'width.cjs') }),
  build({ ...common, entryPoints: ['src/core/calendar.ts'], outfile: join(outdir, 'calendar.cjs') }),
  build({ ...common, stdin: { contents: DATES_ENTRY, resolveDir: root, sourcefile: 'dates-entry.js', loader: 'js' }, outfile: join(outdir, 'dates.cjs') }),
]);

// One licence text per package that ended up in the output (tree-shaken ones do not count).
const bundledInputs = new Set();
for (const result of results) {
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) if (bytesInOutput > 0) bundledInputs.add(input);
  }
}
const packages = new Map();
for (const input of bundledInputs) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match || packages.has(match[1])) continue;
  let dir = join(root, input.slice(0, match.index + match[0].length - 1));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = ['LICENSE', 'LICENSE.md', 'license', 'LICENCE', 'LICENSE.txt'].map((name) => join(dir, name)).find(existsSync);
  packages.set(
    match[1],
    `${manifest.name}@${manifest.version} (${manifest.license})\n\n${licenceFile ? readFileSync(licenceFile, 'utf8').trim() : `License: ${manifest.license}`}\n`,
  );
}
const separator = `\n${'-'.repeat(72)}\n\n`;
writeFileSync(
  join(outdir, 'THIRD-PARTY-LICENSES.txt'),
  `linkedin-ki-optout bundles the following packages.\n\n${[...packages.keys()]
    .sort()
    .map((name) => packages.get(name))
    .join(separator)}`,
);

// `node scripts/build.js --analyze`: what each bundle is made of, largest first (for start-up work).
if (process.argv.includes('--analyze')) {
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      const parts = new Map();
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? input;
        parts.set(name, (parts.get(name) ?? 0) + bytesInOutput);
      }
      const rows = [...parts].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
      console.log(`\n${file}\n${rows.map(([name, bytes]) => `  ${(bytes / 1024).toFixed(1).padStart(6)} kB  ${name}`).join('\n')}`);
    }
  }
}
const sizes = results.flatMap((result) => Object.entries(result.metafile.outputs).map(([file, { bytes }]) => `${file} ${(bytes / 1024).toFixed(1)} kB`));
console.log(`bundled ${packages.size} packages: ${[...packages.keys()].sort().join(', ')}\n${sizes.join('\n')}`);
