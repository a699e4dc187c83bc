// In accessible mode each answer is said back ("Taken: …"), except opening a link, which says so
// itself ("Opened."): heard once, not twice (src/commands/guide/steps.ts, `announces`).
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { quoted } from '../helpers/labels.js';

/** The screen since the mark, line breaks and runs of spaces as one space. */
const since = (terminal: { sinceMark(): string }) => terminal.sinceMark().replace(/\s+/g, ' ');
/** The check at the setting, asked and waiting for a line. */
const CHECK = new RegExp(`Does it read ${quoted('en', 'off')} now\\?[\\s\\S]*: $`);

describe('accessible mode: what an answer says back', () => {
  it('opening the setting, and opening it again after "No", say "Opened." and are not said back; other answers are', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    // The plan: Enter takes all of it.
    await terminal.waitFor(/How would you like to go on\?[\s\S]*: $/);
    terminal.mark();
    terminal.type('\n');
    // The direct link, offered first: Enter opens it.
    await terminal.waitFor(/1\) Open it in the browser[\s\S]*: $/);
    terminal.mark();
    terminal.type('\n');
    await terminal.waitFor(CHECK);
    expect(since(terminal)).toContain('Opened.');
    expect(since(terminal)).not.toContain('Taken:');
    terminal.mark();
    terminal.type('no\n');
    await terminal.waitFor(/What would you like to do\?[\s\S]*: $/);
    expect(since(terminal)).toMatch(/^ ?Taken: No /);
    expect(since(terminal)).toContain('1) Open the setting in the browser');
    terminal.mark();
    terminal.type('\n');
    await terminal.waitFor(CHECK);
    expect(since(terminal)).toContain('Opened.');
    expect(since(terminal)).not.toContain('Taken:');
    terminal.mark();
    terminal.type('stop\n');
    expect(await exit).toBe(0);
    expect(since(terminal)).toMatch(/^ ?Taken: Stop for now /);
    expect(app.opened()).toHaveLength(2);
  });
});
