import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { installPacked, type Installed } from '../helpers/packed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    packed: Installed;
  }
}

/** Packs and installs the tool once for every end-to-end test file, and removes it afterwards. */
export default function setup(project: TestProject): () => void {
  const installed = installPacked();
  project.provide('packed', installed);
  return () => rmSync(installed.work, { recursive: true, force: true });
}
