// Terminal screenshots for the README, made from real runs of the packed tool: each scene runs the
// installed command in a pseudo-terminal (node-pty), types what a person would, plays the output
// into a headless xterm and writes what is on screen as an SVG to docs/screenshots/.
// Usage: npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import { spawn } from 'node-pty';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');
const COLS = 92;
const ROWS = 30;

const work = mkdtempSync(join(tmpdir(), 'lkio-shots-'));
execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = join(
  work,
  readdirSync(work).find((name) => name.endsWith('.tgz')),
);
execFileSync('npm', ['install', '--offline', '--prefix', join(work, 'prefix'), '--silent', tarball], { stdio: ['ignore', 'ignore', 'inherit'] });
const bin = join(work, 'prefix', 'node_modules', '.bin', 'linkedin-ki-optout');

const KEYS = { enter: '\r', down: '\u001B[B', space: ' ', ctrlC: '\u0003' };

/** A record as a person would have it some way into the guide. */
function seededHome(language, region, selected) {
  const home = mkdtempSync(join(tmpdir(), 'lkio-shot-home-'));
  const dir = join(home, '.config', 'linkedin-ki-optout');
  mkdirSync(dir, { recursive: true });
  const day = (offset) => new Date(Date.now() - offset * 86_400_000).toISOString();
  writeFileSync(
    join(dir, 'progress.json'),
    JSON.stringify({
      version: 1,
      settings: { language, platform: 'web', region, selected },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: day(40) } },
        'objection-form': {
          platform: 'web',
          steps: { 'open-form': { doneAt: day(10) }, send: { doneAt: day(10) } },
          verification: { result: 'waiting', at: day(10) },
        },
      },
    }),
    { mode: 0o600 },
  );
  return home;
}

/** Runs one scene: `script` is a list of [text to wait for, keys to type]; returns the terminal's screen. */
function scene(args, env, script) {
  return new Promise((resolve, reject) => {
    const terminal = new xterm.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
    const child = spawn(bin, args, { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: env.HOME, env });
    let output = '';
    let step = 0;
    let from = 0;
    const timer = setTimeout(() => reject(new Error(`scene ${args.join(' ')} stuck at step ${step}:\n${output.slice(-2000)}`)), 20_000);
    const advance = () => {
      while (step < script.length) {
        const [wait, keys] = script[step];
        const seen = output.slice(from).replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
        const at = seen.lastIndexOf(wait);
        if (at < 0 || seen.indexOf('⏎', at) < 0) return;
        step += 1;
        from = output.length;
        if (keys === null) {
          // The last step: wait for the screen to settle, then take the picture.
          setTimeout(() => terminal.write('', () => finish()), 300);
          return;
        }
        setTimeout(() => child.write(keys), 30);
        return;
      }
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const svg = toSvg(terminal);
      child.kill();
      resolve(svg);
    };
    child.onData((data) => {
      output += data;
      terminal.write(data, advance);
    });
    child.onExit(() => {
      // A command that prints and exits (checklist, status): the picture is the final screen.
      if (script.length === 0) setTimeout(() => terminal.write('', () => finish()), 100);
    });
  });
}

const PALETTE = [
  '#1e1e1e',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#e5e5e5',
  '#666666',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#ffffff',
];
const FOREGROUND = '#d4d4d4';

function colour(cell) {
  if (cell.isFgDefault()) return FOREGROUND;
  if (cell.isFgRGB()) return `#${cell.getFgColor().toString(16).padStart(6, '0')}`;
  const index = cell.getFgColor();
  if (index < 16) return PALETTE[index];
  return FOREGROUND;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The visible screen as SVG text runs, one per stretch of cells with the same look. */
function toSvg(terminal) {
  const buffer = terminal.buffer.active;
  const cellWidth = 8.4;
  const lineHeight = 18;
  const rows = [];
  let lastUsed = 0;
  for (let y = 0; y < terminal.rows; y += 1) {
    const line = buffer.getLine(buffer.viewportY + y);
    if (!line) continue;
    const runs = [];
    let current = null;
    for (let x = 0; x < terminal.cols; x += 1) {
      const cell = line.getCell(x);
      if (!cell || cell.getWidth() === 0) continue;
      const char = cell.getChars() || ' ';
      const look = `${colour(cell)}|${cell.isBold() ? 'b' : ''}|${cell.isDim() ? 'd' : ''}|${cell.isUnderline() ? 'u' : ''}`;
      if (current && current.look === look) current.text += char;
      else {
        current = { look, x, text: char };
        runs.push(current);
      }
    }
    const visible = runs.filter((run) => run.text.trim() !== '');
    if (visible.length > 0) lastUsed = y;
    rows.push(
      visible
        .map((run) => {
          const [fill, bold, dim, underline] = run.look.split('|');
          const attributes = [
            `x="${(12 + run.x * cellWidth).toFixed(1)}"`,
            `fill="${fill}"`,
            bold ? 'font-weight="bold"' : '',
            dim ? 'opacity="0.6"' : '',
            underline ? 'text-decoration="underline"' : '',
          ].filter(Boolean);
          return `<tspan ${attributes.join(' ')}>${escapeXml(run.text.replace(/ +$/, ''))}</tspan>`;
        })
        .join(''),
    );
  }
  const height = (lastUsed + 1) * lineHeight + 24;
  const width = terminal.cols * cellWidth + 24;
  const text = rows
    .slice(0, lastUsed + 1)
    .map((row, y) => `<text y="${(18 + y * lineHeight).toFixed(0)}" xml:space="preserve">${row}</text>`)
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height}" viewBox="0 0 ${width.toFixed(0)} ${height}" font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14">
<rect width="100%" height="100%" rx="6" fill="#1e1e1e"/>
${text}
</svg>
`;
}

// A browser opener that does nothing, so the website scene "opens" the link without a browser.
const fakeBin = mkdtempSync(join(tmpdir(), 'lkio-shot-bin-'));
writeFileSync(join(fakeBin, 'xdg-open'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
const base = (home, lang) => ({ PATH: `${fakeBin}:${process.env.PATH}`, HOME: home, LANG: lang, TERM: 'xterm-256color', COLORTERM: 'truecolor' });
const fresh = () => mkdtempSync(join(tmpdir(), 'lkio-shot-fresh-'));

const scenes = [
  [
    'guide-de',
    ['--platform', 'web'],
    base(fresh(), 'de_DE.UTF-8'),
    [
      ['Sprache / Language', KEYS.enter],
      ['Wo befindet sich Ihr LinkedIn-Profil?', KEYS.enter],
      ['Wie möchten Sie vorgehen?', KEYS.enter],
      ['„Daten zur Verbesserung generativer KI“ direkt.', KEYS.enter],
      ['Steht er jetzt auf', null],
    ],
  ],
  [
    'guide-en',
    ['--platform', 'app'],
    base(fresh(), 'en_GB.UTF-8'),
    [
      ['Sprache / Language', KEYS.enter],
      ['Where is your LinkedIn profile located?', `${KEYS.down}${KEYS.down}${KEYS.enter}`],
      ['How would you like to go on?', null],
    ],
  ],
  ['checklist-de', ['checklist'], base(seededHome('de', 'eu', ['generative-ai', 'objection-form']), 'de_DE.UTF-8'), []],
  ['checklist-en', ['checklist', '--platform', 'app', '--region', 'uk'], base(fresh(), 'en_GB.UTF-8'), []],
  ['status-de', ['status'], base(seededHome('de', 'eu', ['generative-ai', 'objection-form']), 'de_DE.UTF-8'), []],
  ['status-en', ['status'], base(seededHome('en', 'eu', ['generative-ai', 'objection-form', 'research-data']), 'en_GB.UTF-8'), []],
];

mkdirSync(outDir, { recursive: true });
for (const [name, args, env, script] of scenes) {
  const svg = await scene(args, env, script);
  writeFileSync(join(outDir, `${name}.svg`), svg);
  console.log(`docs/screenshots/${name}.svg`);
}
