// Start-up benchmark: how long a person waits, compared with Node itself starting.
// Packs and installs the tool as a user gets it, then times each command (alternating, after a
// warm-up) and the time until the first question of the guide is on screen in a pseudo-terminal,
// in the normal and the accessible mode, next to create-vite (a devDependency) as the peer: its
// --help and its first question (the project name). Peak memory (max RSS) is read by a preload in
// separate runs, so it does not slow the timed ones. Prints a Markdown table.
// Usage: npm run bench [-- --runs 15]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { spawn as spawnPty } from 'node-pty';

const root = fileURLToPath(new URL('../', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
const WARMUP = 2;

const work = mkdtempSync(join(tmpdir(), 'lkio-bench-'));
const home = mkdtempSync(join(tmpdir(), 'lkio-bench-home-'));
// The packed tool, its install and the empty home go when the benchmark ends, however it ends.
process.on('exit', () => {
  for (const folder of [work, home]) rmSync(folder, { recursive: true, force: true });
});
execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = join(
  work,
  readdirSync(work).find((name) => name.endsWith('.tgz')),
);
const prefix = join(work, 'prefix');
execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', '--silent', tarball], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const bin = join(prefix, 'node_modules', 'linkedin-ki-optout', 'bin', 'linkedin-ki-optout.cjs');
// A clean environment: variables such as NODE_EXTRA_CA_CERTS change Node's own start-up time.
const env = { PATH: process.env.PATH, HOME: home, LANG: 'de_DE.UTF-8', TERM: 'xterm-256color' };
const createVite = join(root, 'node_modules', 'create-vite', 'index.js');
const BARE_PROMPT = "process.stdin.setRawMode(true); process.stdin.on('data', () => process.exit(130)); process.stdout.write('? ⏎');";
const rssFile = join(work, 'rss.txt');
const rssPreload = join(work, 'rss.cjs');
writeFileSync(rssPreload, `process.on('exit', () => require('fs').appendFileSync(${JSON.stringify(rssFile)}, process.resourceUsage().maxRSS + '\\n'));`);

function timeCommand(args, preload = []) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...preload, ...args], { env, stdio: ['ignore', 'ignore', 'ignore'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return elapsed;
}

// How each program's first question is recognised on screen: the key help that Inquirer draws under
// the list; the accessible mode's line that asks for a number and waits on the same line; the
// frame that create-vite's prompt (clack) draws under its question.
const INQUIRER_DRAWN = (output) => output.includes('⏎');
const ACCESSIBLE_DRAWN = (output) => /\n1\) [\s\S]*\S: $/.test(output);
const CREATE_VITE_DRAWN = (output) => /Project name[\s\S]*└/.test(output);

/** Until the first question is drawn; then Ctrl+C, which the tool answers with exit 130. */
function timeFirstPrompt(preload = [], program = [bin], drawn = INQUIRER_DRAWN) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawnPty(process.execPath, [...preload, ...program], { name: 'xterm-256color', cols: 100, rows: 40, cwd: home, env });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no prompt after 10 s:\n${output}`));
    }, 10_000);
    child.onData((data) => {
      output += data;
      // The key help under the list is drawn with the first question.
      if (elapsed === undefined && drawn(output)) {
        elapsed = performance.now() - start;
        clearTimeout(timer);
        child.write('\u0003');
      }
    });
    let elapsed;
    child.onExit(() => resolve(elapsed));
  });
}

// Each case runs with an optional preload (for the memory runs); `floor` names what its time is
// compared with: Node starting (commands) or a bare prompt on a raw terminal (first questions).
const NODE_FLOOR = 'node -e 0 (floor)';
const PROMPT_FLOOR = 'node: raw terminal, one line (floor for a prompt)';
const cases = [
  { name: NODE_FLOOR, run: (preload) => timeCommand(['-e', '0'], preload) },
  { name: 'linkedin-ki-optout --help', run: (preload) => timeCommand([bin, '--help'], preload) },
  { name: 'linkedin-ki-optout --version', run: (preload) => timeCommand([bin, '--version'], preload) },
  { name: 'linkedin-ki-optout checklist --lang de', run: (preload) => timeCommand([bin, 'checklist', '--lang', 'de'], preload) },
  { name: 'linkedin-ki-optout status', run: (preload) => timeCommand([bin, 'status'], preload) },
  // What any prompt costs before it can draw: a terminal on stdin in raw mode and one line out.
  { name: PROMPT_FLOOR, run: (preload) => timeFirstPrompt(preload, ['-e', BARE_PROMPT]), floor: PROMPT_FLOOR },
  { name: 'guide: first question on screen', run: (preload) => timeFirstPrompt(preload), floor: PROMPT_FLOOR },
  {
    name: 'guide --accessible: first question on screen',
    run: (preload) => timeFirstPrompt(preload, [bin, '--accessible'], ACCESSIBLE_DRAWN),
    floor: PROMPT_FLOOR,
  },
  { name: 'create-vite: first question on screen (peer)', run: (preload) => timeFirstPrompt(preload, [createVite], CREATE_VITE_DRAWN), floor: PROMPT_FLOOR },
  { name: 'create-vite --help (peer)', run: (preload) => timeCommand([createVite, '--help'], preload) },
];

const loadBefore = loadavg();
const samples = new Map(cases.map((item) => [item.name, []]));
for (let round = 0; round < WARMUP + RUNS; round += 1) {
  for (const item of cases) {
    const elapsed = await item.run([]);
    if (round >= WARMUP) samples.get(item.name).push(elapsed);
  }
}

const memory = new Map();
for (const item of cases) {
  const values = [];
  for (let round = 0; round < 5; round += 1) {
    rmSync(rssFile, { force: true });
    await item.run(['--require', rssPreload]);
    values.push(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()));
  }
  memory.set(item.name, values);
}
const loadAfter = loadavg();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const memoryFloor = median(memory.get(NODE_FLOOR));
const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
console.log(
  `linkedin-ki-optout start-up, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}`,
);
console.log(`median of ${RUNS} runs after ${WARMUP} warm-up rounds, commands alternating; load average ${load(loadBefore)} before, ${load(loadAfter)} after\n`);
console.log('| what | time (median) | × floor | peak memory | × node -e 0 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const item of cases) {
  const value = median(samples.get(item.name));
  const floorName = item.floor ?? NODE_FLOOR;
  const ratio =
    item.name === floorName ? '1.00 (floor)' : `${(value / median(samples.get(floorName))).toFixed(2)}${floorName === PROMPT_FLOOR ? ' (prompt floor)' : ''}`;
  const rss = median(memory.get(item.name));
  console.log(`| ${item.name} | ${value.toFixed(1)} ms | ${ratio} | ${(rss / 1024).toFixed(1)} MB | ${(rss / memoryFloor).toFixed(2)} |`);
}
const du = (path) => {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? du(full) : statSync(full).size;
  }
  return total;
};
const installed = readdirSync(join(prefix, 'node_modules')).filter((name) => !name.startsWith('.'));
console.log(
  `\ntarball: ${(statSync(tarball).size / 1000).toFixed(1)} kB; unpacked: ${(du(join(prefix, 'node_modules', 'linkedin-ki-optout')) / 1000).toFixed(1)} kB; ` +
    `npm install of the tarball pulls ${installed.length} package${installed.length === 1 ? '' : 's'} (${installed.join(', ')})`,
);
