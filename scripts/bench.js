// Start-up benchmark: how long a person waits, compared with Node itself starting.
// Packs and installs the tool as a user gets it, then times each command (alternating, after a
// warm-up) and the time until the first question of the guide is on screen in a pseudo-terminal,
// next to create-vite --help (a devDependency) as the peer. Peak memory (max RSS) is read by a
// preload in separate runs, so it does not slow the timed ones. Prints a Markdown table.
// Usage: npm run bench [-- --runs 15]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { spawn as spawnPty } from 'node-pty';

const root = fileURLToPath(new URL('../', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
const WARMUP = 2;

const work = mkdtempSync(join(tmpdir(), 'lkio-bench-'));
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
const home = mkdtempSync(join(tmpdir(), 'lkio-bench-home-'));
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

/** Until the first question is drawn; then Ctrl+C, which the tool answers with exit 130. */
function timeFirstPrompt(preload = [], program = [bin]) {
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
      if (output.includes('⏎') && elapsed === undefined) {
        elapsed = performance.now() - start;
        clearTimeout(timer);
        child.write('\u0003');
      }
    });
    let elapsed;
    child.onExit(() => resolve(elapsed));
  });
}

const cases = [
  { name: 'node -e 0 (floor)', run: () => timeCommand(['-e', '0']) },
  { name: 'linkedin-ki-optout --help', run: () => timeCommand([bin, '--help']) },
  { name: 'linkedin-ki-optout --version', run: () => timeCommand([bin, '--version']) },
  { name: 'linkedin-ki-optout checklist --lang de', run: () => timeCommand([bin, 'checklist', '--lang', 'de']) },
  { name: 'guide: first prompt on screen', run: timeFirstPrompt },
  // What any prompt costs before it can draw: a terminal on stdin in raw mode and one line out.
  { name: 'node: raw terminal, one line (floor for a prompt)', run: () => timeFirstPrompt([], ['-e', BARE_PROMPT]) },
  { name: 'create-vite --help (peer)', run: () => timeCommand([createVite, '--help']) },
];
cases[0].memory = (preload) => timeCommand(['-e', '0'], preload);
cases[1].memory = (preload) => timeCommand([bin, '--help'], preload);
cases[3].memory = (preload) => timeCommand([bin, 'checklist', '--lang', 'de'], preload);
cases[4].memory = (preload) => timeFirstPrompt(preload);
cases[6].memory = (preload) => timeCommand([createVite, '--help'], preload);

const samples = new Map(cases.map((item) => [item.name, []]));
for (let round = 0; round < WARMUP + RUNS; round += 1) {
  for (const item of cases) {
    const elapsed = await item.run();
    if (round >= WARMUP) samples.get(item.name).push(elapsed);
  }
}

const memory = new Map();
for (const item of cases.filter((candidate) => candidate.memory)) {
  const values = [];
  for (let round = 0; round < 5; round += 1) {
    rmSync(rssFile, { force: true });
    await item.memory(['--require', rssPreload]);
    values.push(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()));
  }
  memory.set(item.name, values);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const floor = median(samples.get(cases[0].name));
const memoryFloor = median(memory.get(cases[0].name));
console.log(
  `linkedin-ki-optout start-up, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}`,
);
console.log(`median of ${RUNS} runs after ${WARMUP} warm-up rounds, commands alternating\n`);
console.log('| what | time (median) | × node -e 0 | peak memory | × node -e 0 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const item of cases) {
  const value = median(samples.get(item.name));
  const rss = memory.has(item.name) ? median(memory.get(item.name)) : undefined;
  const rssCells = rss === undefined ? '| | ' : `| ${(rss / 1024).toFixed(1)} MB | ${(rss / memoryFloor).toFixed(2)} `;
  console.log(`| ${item.name} | ${value.toFixed(1)} ms | ${(value / floor).toFixed(2)} ${rssCells}|`);
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
