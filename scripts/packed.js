// What the measuring scripts (walkthrough.js, screenreader.js) share: the tool packed and installed
// as a user gets it, a quiet browser opener, and how words are counted.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** A word is what a reader or listener takes as one: it has a letter or a digit (marks such as ›, ❯, • and – are not words). */
export function countWords(text) {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Packs the tool into `work` and installs the tarball under `work/prefix` (globally with `global`,
 * so it is called by its name), next to a folder of browser openers that do nothing, as on a desktop.
 */
export function installPacked(work, { global = false } = {}) {
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(
    work,
    readdirSync(work).find((name) => name.endsWith('.tgz')),
  );
  const prefix = join(work, 'prefix');
  execFileSync('npm', ['install', ...(global ? ['--global'] : []), '--offline', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', tarball], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fakeBin = join(work, 'fake-bin');
  mkdirSync(fakeBin);
  for (const name of ['xdg-open', 'open']) {
    writeFileSync(join(fakeBin, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(fakeBin, name), 0o755);
  }
  return { prefix, fakeBin };
}
