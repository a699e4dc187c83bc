import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { parseState } from '../../src/core/state-schema.js';

// The real store, bundled for child processes that can be killed or run side by side.
let writer: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lkio-writer-'));
  const store = join(dir, 'store.cjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/state/store.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: store,
    logLevel: 'silent',
  });
  writer = join(dir, 'writer.cjs');
  // Writes `count` steps named <prefix>-<n>, one save each, as the guide does after every step.
  writeFileSync(
    writer,
    `const { StateStore } = require(${JSON.stringify(store)});
const [path, prefix, count] = process.argv.slice(2);
(async () => {
  const store = new StateStore(path, () => new Date());
  for (let n = 0; n < Number(count); n += 1) {
    const steps = { [prefix + '-' + n]: { doneAt: new Date().toISOString() } };
    await store.write({ version: 1, settings: {}, guides: { 'generative-ai': { platform: 'web', steps } } });
  }
})().catch((error) => { console.error(error); process.exit(1); });`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { child: ChildProcess; done: Promise<number | null> } {
  const child = fork(writer, args, { stdio: 'pipe' });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done };
}

function steps(path: string): string[] {
  const parsed = parseState(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`not a valid progress file: ${JSON.stringify(parsed.problem)}`);
  return Object.keys(parsed.state.guides['generative-ai']?.steps ?? {});
}

describe('processes', () => {
  it('killed with SIGKILL at random points while saving: the file is always a whole old or new version', async () => {
    const path = join(tempDir('lkio-kill-'), 'progress.json');
    let previous = 0;
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const { child, done } = run([path, `run${attempt}`, '100000']);
      // On a busy machine the writer may need longer than the random delay just to start: the
      // first attempt waits for its first save, so that there is something to keep.
      for (let waited = 0; attempt === 0 && !existsSync(path) && waited < 10_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 60));
      child.kill('SIGKILL');
      await done;
      if (!existsSync(path)) continue;
      const count = steps(path).length;
      // Saves only ever add steps: a file with fewer than before would be an older, torn or lost one.
      expect(count).toBeGreaterThanOrEqual(previous);
      previous = count;
    }
    expect(previous).toBeGreaterThan(0);
    // A killed run leaves its lock (perhaps still without a pid) and perhaps the temporary file its
    // lock names; the next save clears both (a temporary file is removed only as its lock names it).
    const { done } = run([path, 'after', '1']);
    expect(await done).toBe(0);
    expect(steps(path)).toContain('after-0');
    expect(readdirSync(join(path, '..'))).toEqual(['progress.json']);
  }, 60_000);

  it('two runs saving at the same time: valid JSON throughout, no completed step lost', async () => {
    const path = join(tempDir('lkio-two-'), 'progress.json');
    const first = run([path, 'a', '60']);
    const second = run([path, 'b', '60']);
    expect(await first.done).toBe(0);
    expect(await second.done).toBe(0);
    const recorded = steps(path);
    expect(recorded).toHaveLength(120);
    for (let n = 0; n < 60; n += 1) expect(recorded).toEqual(expect.arrayContaining([`a-${n}`, `b-${n}`]));
    expect(readdirSync(join(path, '..'))).toEqual(['progress.json']);
  }, 60_000);
});
