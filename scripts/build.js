// Bundles the CLI and its runtime libraries into dist/, so the published package has no
// dependencies: `npx` downloads one small tarball and Node reads a few files instead of hundreds.
//
// What each file in dist/ holds is the table BUNDLES below, by module, never by who imports it:
// an import of a module that another bundle holds becomes require('./<that bundle>.cjs') (loaded
// when the importing module first runs), and what a bundle exports is derived from what the code
// imports from it. Before anything is written, every name imported across bundles is checked
// against what the bundle exports; a name that would be missing at run time fails the build.
//
// - dist/cli.cjs: everything every command needs. CommonJS because Node starts a CommonJS file
//   about 3 ms sooner than an ES module (measured with scripts/bench.js on Node 20).
// - dist/inquirer.cjs: Inquirer's prompts, loaded only when Inquirer asks a question (never in
//   accessible mode: its plain prompts need only node:readline), so --help, --version,
//   checklist and status never load Inquirer.
// - dist/commander.cjs: commander, required the first time a command line is parsed; the guide
//   started with no words (or --accessible alone, see src/quick-start.ts) never compiles it.
// - dist/chalk.cjs: chalk, required the first time a style with colour is made: output without
//   colour (to a file, a pipe, with --no-color or NO_COLOR) never sets it up.
// - dist/qr.cjs: the QR code renderer (uqr), loaded only when a step shows a link as a QR code
//   (a quarter of what the prompt bundle would otherwise compile before the first question).
// - dist/dates.cjs: src/core/dates.ts with date-fns and its locales, required only where a date
//   is shown, so --help and the guide's first question do not compile it.
// - dist/width.cjs: fast-string-width, for the texts src/terminal/string-width.ts does not measure
//   itself (see there); required only when such a text is shown.
// - dist/THIRD-PARTY-LICENSES.txt: the licence of every bundled package.
// - dist/locales/<language>.json: the texts of locales/, without the indentation (about 3 kB less in
//   the tarball for eight languages); the tool reads the chosen language's file from there.
//
// Parts of libraries that this tool never uses are left out at build time (REPLACE), because
// loading them costs more than the rest of start-up together; each replacement must be used, or
// the build fails (a library that moved a file would otherwise silently bring it back).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'dist');

/**
 * The files of dist/. `entry`: the source file the bundle is made of; `packages`: libraries it holds,
 * exporting whatever other bundles import from them. `onFirstUse`: for a library that modules
 * loaded at start-up import, the stand-in they get instead, which requires the bundle the first
 * time it is used (its exports are checked like any other).
 */
const BUNDLES = [
  { file: 'cli.cjs', entry: 'src/index.ts', fileUrl: true },
  { file: 'inquirer.cjs', entry: 'src/terminal/inquirer.ts' },
  { file: 'qr.cjs', entry: 'src/terminal/qr.ts' },
  { file: 'dates.cjs', entry: 'src/core/dates.ts', packages: ['date-fns'] },
  { file: 'commander.cjs', packages: ['commander'] },
  {
    file: 'chalk.cjs',
    packages: ['chalk'],
    onFirstUse: "let library;\nexport class Chalk {\n  constructor(options) {\n    return new (library ??= require('./chalk.cjs')).Chalk(options);\n  }\n}",
  },
  {
    file: 'width.cjs',
    packages: ['fast-string-width'],
    // Even unused, its regular expressions cost V8 most of a millisecond to parse.
    onFirstUse: "let library;\nexport default (text, options) => (library ??= require('./width.cjs')).default(text, options);",
  },
];

const CHILD_PROCESS_STUB = `
const unused = () => { throw new Error('linkedin-ki-optout does not start other programs'); };
module.exports = { spawn: unused, execFile: unused, fork: unused };`;
const DATE_PARSER_STUB =
  "const unused = () => { throw new Error('linkedin-ki-optout does not parse dates'); }; export const match = {}; export const formatRelative = unused;";

/**
 * What a library gets instead of one of its imports, matched by the importing package and what it
 * imports: `path` (of the importer) gives the file to take, `contents` the code.
 */
const REPLACE = [
  // commander's support for executable subcommands needs node:child_process (2.5 ms to load).
  { name: 'child_process of commander', importer: 'commander', filter: /^(node:)?child_process$/, contents: CHILD_PROCESS_STUB, loader: 'js' },
  // The bundle's wrapper for an ES import of node:process copies every property, and reading
  // process.title stops Windows's Node under Wine (libuv's "Assertion failed: process_title"):
  // @inquirer/figures only needs the object itself.
  {
    name: 'node:process of @inquirer/figures',
    importer: '@inquirer/figures',
    filter: /^(node:)?process$/,
    contents: 'export default globalThis.process;',
    loader: 'js',
  },
  // date-fns locales bring a parser (match) and relative-day words (formatRelative) that the tool
  // never uses (it only formats dates and distances): eight languages' worth of both, for size.
  { name: 'date parsers of date-fns', importer: 'date-fns', filter: /[\\/]_lib[\\/](match|formatRelative)\.js$/, contents: DATE_PARSER_STUB, loader: 'js' },
  // chalk's terminal detection loads node:tty; the tool always tells chalk its colour level
  // (src/terminal/style.ts), so chalk's browser variant (no detection) is used.
  {
    name: 'terminal detection of chalk',
    importer: 'chalk',
    filter: /^#supports-color$/,
    path: (importer) => join(dirname(importer), 'vendor', 'supports-color', 'browser.js'),
  },
  // Inquirer's layout measures every text with fast-string-width; src/terminal/string-width.ts
  // measures the tool's own texts without compiling the library's Unicode-property expressions.
  {
    name: 'text width of fast-wrap-ansi',
    importer: 'fast-wrap-ansi',
    filter: /^fast-string-width$/,
    path: () => join(root, 'src', 'terminal', 'string-width.ts'),
  },
];

/** The library a file belongs to (the innermost node_modules/<name>), or undefined for the tool's own sources. */
const packageOf = (file) => /.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)?.[1].replace('\\', '/');
/** The library a bare import names ('date-fns/addDays': 'date-fns'); undefined for a file, a Node module or an import map. */
function libraryNamed(specifier) {
  if (/^[./#]|^node:/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

const byEntry = new Map(BUNDLES.filter((bundle) => bundle.entry).map((bundle) => [join(root, bundle.entry), bundle]));
const byLibrary = new Map(BUNDLES.flatMap((bundle) => (bundle.packages ?? []).map((name) => [name, bundle])));
const replaced = new Set();
const failures = [];

/**
 * Sends an import that another bundle holds there. In an analysis (`mode: 'analyse'`) the import stays
 * as written (a library's name, or a source file's path), so that the output names what is imported
 * from where; in the real build it becomes require('./<bundle>.cjs') or the bundle's stand-in.
 */
function routing(self, mode) {
  return {
    name: 'bundles',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.resolving || args.kind === 'entry-point') return undefined;
        if (args.namespace === 'on-first-use') return { path: args.path, external: true };
        const importer = packageOf(args.importer);
        const replacement = REPLACE.find((rule) => rule.importer === importer && rule.filter.test(args.path));
        if (replacement !== undefined) {
          replaced.add(replacement.name);
          return replacement.path ? { path: replacement.path(args.importer) } : { path: replacement.name, namespace: 'replaced' };
        }
        const library = libraryNamed(args.path);
        let owner;
        let target = args.path;
        if (library !== undefined) owner = library === importer ? undefined : byLibrary.get(library);
        else if (importer === undefined && args.path.startsWith('.')) {
          const { path } = await builder.resolve(args.path, {
            kind: args.kind,
            importer: args.importer,
            resolveDir: args.resolveDir,
            pluginData: { resolving: true },
          });
          owner = byEntry.get(path);
          target = path;
        }
        if (owner === undefined || owner === self) return undefined;
        if (args.kind === 'require-call' || (library !== undefined && args.kind === 'dynamic-import')) {
          failures.push(
            `${relative(root, args.importer)} loads ${args.path} (held by dist/${owner.file}) with ${args.kind}: import it by name, so the build can check it`,
          );
        }
        if (mode === 'analyse') return { path: target, external: true };
        if (owner.onFirstUse !== undefined && args.kind !== 'dynamic-import') return { path: owner.file, namespace: 'on-first-use' };
        return { path: `./${owner.file}`, external: true };
      });
      builder.onLoad({ filter: /.*/, namespace: 'replaced' }, (args) => {
        const { contents, loader } = REPLACE.find((rule) => rule.name === args.path);
        return { contents, loader };
      });
      builder.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({
        contents: BUNDLES.find((bundle) => bundle.file === args.path).onFirstUse,
        loader: 'js',
      }));
    },
  };
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  metafile: true,
  logLevel: 'warning',
};

/** What a bundle is made of: its source file, and each name other bundles import from its libraries. */
function entryOf(bundle, importedNames) {
  const lines = bundle.entry ? [`export * from './${bundle.entry}';`] : [];
  for (const [name, from] of importedNames.get(bundle) ?? []) lines.push(`export { ${name} } from '${from}';`);
  return lines.join('\n');
}

function entryOptions(bundle, importedNames) {
  if (!bundle.packages) return { entryPoints: [bundle.entry] };
  return { stdin: { contents: entryOf(bundle, importedNames), resolveDir: root, sourcefile: `${bundle.file}-entry.js`, loader: 'js' } };
}

/** The names an output imports from elsewhere, read from esbuild's own (unminified ES module) output. */
function importsIn(code) {
  const found = [];
  for (const [, clause, from] of code.matchAll(/^import\s+([^;'"]*?)\s+from\s+"([^"]+)";/gm)) {
    const [, first, list] = /^([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?$/.exec(clause.trim()) ?? [];
    if (clause.includes('*')) found.push({ name: '*', from });
    if (first !== undefined) found.push({ name: 'default', from });
    for (const item of (list ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean))
      found.push({ name: item.split(/\s+as\s+/)[0], from });
  }
  return found;
}

/**
 * Builds every bundle as an unminified ES module without writing it, until what they import from
 * each other no longer changes (a library bundle's entry is what the others import from it); then
 * checks every import across bundles. Returns the names each library bundle must export.
 */
async function analyse() {
  let importedNames = new Map();
  for (let round = 0; ; round += 1) {
    const outputs = await Promise.all(
      BUNDLES.map(async (bundle) => {
        const entry = entryOptions(bundle, importedNames);
        if (entry.stdin?.contents === '') return { bundle, imports: [], exports: [] };
        const result = await build({
          ...common,
          ...entry,
          format: 'esm',
          write: false,
          outfile: join(outdir, bundle.file),
          plugins: [routing(bundle, 'analyse')],
        });
        const [output] = result.outputFiles;
        return { bundle, imports: importsIn(output.text), exports: Object.values(result.metafile.outputs)[0].exports };
      }),
    );
    const next = new Map();
    for (const { bundle, imports } of outputs) {
      for (const { name, from } of imports) {
        const owner = byEntry.get(from) ?? byLibrary.get(libraryNamed(from) ?? '');
        if (owner === undefined || byEntry.has(from)) continue;
        if (name === '*') failures.push(`dist/${bundle.file} imports all of ${from}: import names, so dist/${owner.file} can hold them`);
        const names = next.get(owner) ?? new Map();
        if (names.has(name) && names.get(name) !== from) {
          failures.push(`dist/${owner.file} would export "${name}" of both ${names.get(name)} and ${from}: import one by another name`);
        }
        names.set(name, from);
        next.set(owner, names);
      }
    }
    const same = JSON.stringify([...next].map(([owner, names]) => [owner.file, [...names].sort()]).sort());
    if (same === JSON.stringify([...importedNames].map(([owner, names]) => [owner.file, [...names].sort()]).sort()) || round > 3) {
      for (const { bundle, imports } of outputs) {
        for (const { name, from } of imports) {
          const owner = byEntry.get(from) ?? byLibrary.get(libraryNamed(from) ?? '');
          if (owner === undefined) continue;
          const provided = outputs.find((output) => output.bundle === owner).exports;
          const shim = owner.onFirstUse === undefined ? undefined : await shimExports(owner);
          if (!provided.includes(name) || (shim !== undefined && !shim.includes(name))) {
            failures.push(
              `dist/${bundle.file} imports "${name}" from ${relative(root, from) || from}, which dist/${owner.file} would not export: it would be undefined at run time`,
            );
          }
        }
      }
      for (const bundle of BUNDLES) {
        if (bundle.packages && !bundle.entry && !importedNames.has(bundle))
          failures.push(`nothing imports ${bundle.packages.join(', ')}: dist/${bundle.file} is not needed`);
      }
      return importedNames;
    }
    importedNames = next;
  }
}

/** The names a bundle's stand-in passes on (it forwards each under the same name). */
async function shimExports(bundle) {
  const result = await build({
    ...common,
    stdin: { contents: bundle.onFirstUse, loader: 'js', sourcefile: `${bundle.file}-on-first-use.js` },
    format: 'esm',
    write: false,
    outfile: join(outdir, bundle.file),
    external: [`./${bundle.file}`],
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

const importedNames = await analyse();
for (const rule of REPLACE) if (!replaced.has(rule.name)) failures.push(`the replacement "${rule.name}" matched no import: did the library move it?`);
if (failures.length > 0) {
  console.error(`The build stops: a bundle would miss what another needs at run time.\n${[...new Set(failures)].map((line) => `- ${line}`).join('\n')}`);
  process.exit(1);
}

rmSync(outdir, { recursive: true, force: true });
// src/ is written as ES modules; in the CommonJS bundle import.meta.url is this file's URL. Only
// src/index.ts asks for it (to find the package's folder), so only cli.cjs pays for node:url's
// pathToFileURL, which costs each bundle that evaluates it about 0.3 ms.
const withFileUrl = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const results = await Promise.all(
  BUNDLES.map((bundle) =>
    build({
      ...common,
      ...entryOptions(bundle, importedNames),
      ...(bundle.fileUrl ? withFileUrl : {}),
      outfile: join(outdir, bundle.file),
      format: 'cjs',
      // `--plain`: readable output with the real function names, for `node --cpu-prof`.
      minify: !process.argv.includes('--plain'),
      sourcemap: false,
      legalComments: 'none',
      plugins: [routing(bundle, 'build')],
      // import() of the prompt bundle becomes require(): Node's ES-module loader would take ~10 ms
      // to wrap a CommonJS file that require() loads directly.
      supported: { 'dynamic-import': false },
    }),
  ),
);

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

mkdirSync(join(outdir, 'locales'));
for (const name of readdirSync(join(root, 'locales')).filter((file) => file.endsWith('.json'))) {
  writeFileSync(join(outdir, 'locales', name), JSON.stringify(JSON.parse(readFileSync(join(root, 'locales', name), 'utf8'))));
}

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
