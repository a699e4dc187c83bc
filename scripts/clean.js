// Removes build output before a build, so files of deleted sources never reach the package.
import { rmSync } from 'node:fs';

for (const path of process.argv.slice(2)) rmSync(path, { recursive: true, force: true });
