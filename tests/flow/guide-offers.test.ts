// The follow-up as the guide offers it on a return (called directly here; the whole guide in
// guide-paths.test.ts), and the calendar pointed to only when there is a day for it.
import { describe, expect, it } from 'vitest';
import { offerFollowUp } from '../../src/commands/objection/follow-up.js';
import { createContext } from '../../src/context.js';
import type { ProgressState } from '../../src/core/progress.js';
import { createHarness } from '../helpers/app.js';

function state(sentAt: string): ProgressState {
  return {
    version: 1,
    settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
    guides: {
      'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-10-01T09:00:00.000Z' } },
      'objection-form': { platform: 'web', steps: { send: { doneAt: sentAt } }, verification: { result: 'waiting', at: sentAt } },
    },
  } as ProgressState;
}

describe('the follow-up, offered when the guide is started again', () => {
  it('due: says so, shows the text for the day it was sent, and where to complain', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    const context = createContext({ color: false, lang: 'en' }, app.deps);
    const offered = offerFollowUp(context, state('2026-10-20T09:00:00.000Z'), 'eu');
    await app.terminal.answer('Your objection of 20 October 2026 has no saved confirmation a month later: a follow-up is due. Show a text for it?');
    for (const question of ['Your name, for the text', 'The e-mail address of your LinkedIn account']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    await offered;
    const screen = app.terminal.flatText();
    expect(screen).toContain('Follow-up to my objection under Article 21 GDPR of 20 October 2026');
    expect(screen).toContain('Irish Data Protection Commission (DPC)');
    expect(screen).toContain('npx linkedin-ki-optout objection --outcome confirmed');
  });

  it('not due yet: no question at all', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    await offerFollowUp(createContext({ color: false, lang: 'en' }, app.deps), state('2026-11-20T09:00:00.000Z'), 'eu');
    expect(app.terminal.text()).toBe('');
  });
});

describe("the calendar, pointed to on the guide's last screen", () => {
  it('not while there is no day to remind of: nothing confirmed, no objection waiting', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.choose('How would you like to go on?', 'Let me choose');
    await app.terminal.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await app.terminal.answer('directly');
    await app.terminal.choose('Does it read “Off” now?', 'No');
    await app.terminal.choose('What would you like to do?', 'Go on; keep it as not confirmed');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).toContain('To keep a receipt');
    expect(screen).not.toContain('reminder');
  });
});
