import type { TestProject } from 'vitest/node';
import { installPacked, type Installed } from '../helpers/packed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    packed: Installed;
  }
}

/** Packs and installs the tool once for every end-to-end test file. */
export default function setup(project: TestProject): void {
  project.provide('packed', installPacked());
}
