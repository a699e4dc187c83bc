import { describe, expect, it } from 'vitest';
import { type Invocation, npxFolder, commandToRunAgain } from '../../src/core/invocation.js';

describe('npxFolder (npx’s own folder, where its package.json says what was asked for)', () => {
  it.each([
    ['/home/a/.npm/_npx/ab12/node_modules/.bin/linkedin-ki-optout', '/home/a/.npm/_npx/ab12'],
    ['/home/a/.npm/_npx/ab12/node_modules/linkedin-ki-optout/bin/linkedin-ki-optout.cjs', '/home/a/.npm/_npx/ab12'],
    [
      'C:\\Users\\a\\AppData\\Local\\npm-cache\\_npx\\ab12\\node_modules\\linkedin-ki-optout\\bin\\linkedin-ki-optout.cjs',
      'C:\\Users\\a\\AppData\\Local\\npm-cache\\_npx\\ab12',
    ],
    ['/_npx/ab12/node_modules/.bin/linkedin-ki-optout', '/_npx/ab12'],
  ])('%s → %s', (scriptPath, folder) => {
    expect(npxFolder(scriptPath)).toBe(folder);
  });

  it.each([
    ['/usr/local/bin/linkedin-ki-optout'],
    ['/home/a/project/node_modules/.bin/linkedin-ki-optout'],
    // `_npx` only as the end of another folder's name
    ['/home/a/my_npx/ab12/node_modules/.bin/linkedin-ki-optout'],
    // no folder of its own between `_npx` and `node_modules`
    ['/home/a/.npm/_npx/node_modules/.bin/linkedin-ki-optout'],
    ['/home/a/.npm/_npx/ab12/lib/linkedin-ki-optout'],
    ['/home/a/.npm/_npx/ab12/node_modules'],
    // rather none than a folder cut off at a line break
    ['/home/a\n/x/_npx/ab12/node_modules/.bin/linkedin-ki-optout'],
  ])('%j → none', (scriptPath) => {
    expect(npxFolder(scriptPath)).toBeUndefined();
  });
});

describe('commandToRunAgain (the "continue later" command, as the tool was started)', () => {
  const globally = { scriptPath: '/usr/local/bin/linkedin-ki-optout' };

  describe('npm start in the clone', () => {
    it.each([
      [{ npm_lifecycle_event: 'start', npm_package_name: 'linkedin-ki-optout' }, {}, 'npm start --'],
      [{ npm_lifecycle_event: 'start', npm_package_name: 'linkedin-ki-optout' }, globally, 'npm start --'],
      // another package's `npm start`, or another script of this one: how the command itself was started
      [{ npm_lifecycle_event: 'start', npm_package_name: 'other-tool' }, globally, 'linkedin-ki-optout'],
      [{ npm_lifecycle_event: 'start', npm_package_name: 'other-tool' }, {}, 'npx linkedin-ki-optout'],
      [{ npm_lifecycle_event: 'test', npm_package_name: 'linkedin-ki-optout' }, globally, 'linkedin-ki-optout'],
      [{ npm_package_name: 'linkedin-ki-optout' }, globally, 'linkedin-ki-optout'],
      [{ npm_lifecycle_event: 'start' }, globally, 'linkedin-ki-optout'],
    ] as const)('%j %j → %s', (env, invocation, expected) => {
      expect(commandToRunAgain(env, invocation)).toBe(expected);
    });
  });

  describe('through npx', () => {
    const folder = '/home/a/.npm/_npx/ab12';
    const through = (packages: readonly string[], installedFrom?: string): Invocation => ({
      scriptPath: `${folder}/node_modules/.bin/linkedin-ki-optout`,
      npx: { packages, folder, ...(installedFrom === undefined ? {} : { installedFrom }) },
    });

    it.each([
      // the registry's package, by what was asked for (npx notes the version range it installed)
      [['linkedin-ki-optout'], '^0.1.0', 'npx linkedin-ki-optout'],
      [['linkedin-ki-optout@0.1.0'], '0.1.0', 'npx linkedin-ki-optout@0.1.0'],
      [['linkedin-ki-optout@latest'], 'latest', 'npx linkedin-ki-optout@latest'],
      [['linkedin-ki-optout@^0.1'], '^0.1', "npx 'linkedin-ki-optout@^0.1'"],
      [['linkedin-ki-optout@>=0.1.0'], '>=0.1.0', "npx 'linkedin-ki-optout@>=0.1.0'"],
      [['@scope/linkedin-ki-optout'], '^1.0.0', 'npx @scope/linkedin-ki-optout'],
      [['@scope/linkedin-ki-optout@1.2.3'], '1.2.3', 'npx @scope/linkedin-ki-optout@1.2.3'],
      // nothing noted as asked for: the tool's name, even when npx noted where it installed from
      [[], undefined, 'npx linkedin-ki-optout'],
      [[], 'file:/tmp/linkedin-ki-optout-0.1.0.tgz', 'npx linkedin-ki-optout'],
      // names that only contain the tool's name are other packages: never repeated, the standard command instead
      [['evil-linkedin-ki-optout'], undefined, 'npx linkedin-ki-optout'],
      [['linkedin-ki-optout-fork'], undefined, 'npx linkedin-ki-optout'],
      [['linkedin-ki-optout@1.0.0 extra'], undefined, 'npx linkedin-ki-optout'],
      [['@/linkedin-ki-optout'], undefined, 'npx linkedin-ki-optout'],
      [['@a/b/linkedin-ki-optout'], undefined, 'npx linkedin-ki-optout'],
      // a tarball or folder: its full path, from npx's note relative to its own folder
      [['./linkedin-ki-optout-0.1.0.tgz'], 'file:../../../../../tmp/linkedin-ki-optout-0.1.0.tgz', 'npx file:/tmp/linkedin-ki-optout-0.1.0.tgz'],
      [['./linkedin-ki-optout-0.1.0.tgz'], 'file:/tmp/linkedin-ki-optout-0.1.0.tgz', 'npx file:/tmp/linkedin-ki-optout-0.1.0.tgz'],
      [['./pkg.tgz'], 'file:pkgs/pkg.tgz', 'npx file:/home/a/.npm/_npx/ab12/pkgs/pkg.tgz'],
      [['./pkg.tgz'], 'file:/tmp/old-file:s/pkg.tgz', 'npx file:/tmp/old-file:s/pkg.tgz'],
      // a git or web address: asked for again as it was, which works from any folder
      [['github:user/linkedin-ki-optout'], 'github:user/linkedin-ki-optout', 'npx github:user/linkedin-ki-optout'],
      [['user/linkedin-ki-optout'], 'github:user/linkedin-ki-optout', 'npx user/linkedin-ki-optout'],
      [['git+https://example.org/x.git#v1'], 'git+https://example.org/x.git#v1', "npx 'git+https://example.org/x.git#v1'"],
      [['https://example.org/x.tgz'], 'https://example.org/x.tgz', 'npx https://example.org/x.tgz'],
      // anything else npx noted (a path without file:, a version range for another name): the standard command
      [['./pkg.tgz'], 'pkgs/pkg.tgz', 'npx linkedin-ki-optout'],
      [['/tmp/pkg.tgz'], '/tmp/pkg.tgz', 'npx linkedin-ki-optout'],
      [['./pkg.tgz'], '/tmp/old-file:s/pkg.tgz', 'npx linkedin-ki-optout'],
      [['other-name'], '^1.0.0', 'npx linkedin-ki-optout'],
      [['./pkg.tgz'], 'file:/home/a/my files/pkg.tgz', "npx 'file:/home/a/my files/pkg.tgz'"],
      [['./pkg.tgz'], "file:/home/it's/pkg.tgz", "npx 'file:/home/it'\\''s/pkg.tgz'"],
    ] as const)('asked %j, installed from %s → %s', (packages, installedFrom, expected) => {
      expect(commandToRunAgain({}, through(packages, installedFrom))).toBe(expected);
    });
  });

  describe('from the script path', () => {
    it.each([
      // installed globally: the command's name
      ['/usr/local/bin/linkedin-ki-optout', 'linkedin-ki-optout'],
      ['C:\\Users\\a\\AppData\\Roaming\\npm\\linkedin-ki-optout.cmd', 'linkedin-ki-optout'],
      ['C:\\Users\\a\\AppData\\Roaming\\npm\\linkedin-ki-optout.CMD', 'linkedin-ki-optout'],
      ['C:\\Users\\a\\AppData\\Roaming\\npm\\linkedin-ki-optout.ps1', 'linkedin-ki-optout'],
      ['/home/a/.bin/linkedin-ki-optout', 'linkedin-ki-optout'],
      ['/home/a/project/node_modules/tools/linkedin-ki-optout', 'linkedin-ki-optout'],
      // installed into a project: the full path, found from anywhere
      ['/home/a/project/node_modules/.bin/linkedin-ki-optout', '/home/a/project/node_modules/.bin/linkedin-ki-optout'],
      ['/home/a/my project/node_modules/.bin/linkedin-ki-optout', "'/home/a/my project/node_modules/.bin/linkedin-ki-optout'"],
      ['C:\\project\\node_modules\\.bin\\linkedin-ki-optout.cmd', "'C:\\project\\node_modules\\.bin\\linkedin-ki-optout.cmd'"],
      // run with node from a clone or an unpacked copy
      ['/home/a/clone/bin/linkedin-ki-optout.cjs', 'node /home/a/clone/bin/linkedin-ki-optout.cjs'],
      ['/home/a/my clone/bin/linkedin-ki-optout.cjs', "node '/home/a/my clone/bin/linkedin-ki-optout.cjs'"],
      ["/home/it's/bin/linkedin-ki-optout.cjs", "node '/home/it'\\''s/bin/linkedin-ki-optout.cjs'"],
      // anything else: the standard command
      ['/home/a/clone/bin/other.cjs', 'npx linkedin-ki-optout'],
      ['/home/a/clone/lib/linkedin-ki-optout.cjs', 'npx linkedin-ki-optout'],
      ['/home/a/clone/bin/linkedin-ki-optout.cmd.cjs', 'npx linkedin-ki-optout'],
      ['/usr/local/bin/linkedin-ki-optout.exe', 'npx linkedin-ki-optout'],
      ['/opt/other/script.js', 'npx linkedin-ki-optout'],
    ])('%s → %s', (scriptPath, expected) => {
      expect(commandToRunAgain({}, { scriptPath })).toBe(expected);
    });

    it('without any hint it is the standard command', () => {
      expect(commandToRunAgain({})).toBe('npx linkedin-ki-optout');
      expect(commandToRunAgain({}, {})).toBe('npx linkedin-ki-optout');
    });
  });
});
