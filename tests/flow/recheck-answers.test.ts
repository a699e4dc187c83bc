import { beforeAll, describe, expect, it } from 'vitest';
import type { Language, Platform } from '../../src/core/catalogue.js';
import { createHarness } from '../helpers/app.js';
import { quoted } from '../helpers/labels.js';

// The re-check of a returning person, in each of its outcomes: what is shown, in words, and what is stored.

const AI_LINK = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const RESEARCH_LINK = 'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research';
/** The day the switches were seen "Off". */
const SWITCHED = '2026-12-02T09:00:00.000Z';
/** Months later, past the re-check date. */
const LATER = new Date('2027-07-05T10:00:00.000Z');

type Saved = { guides: Record<string, { verification?: { result: string; at: string; checkedAt?: string } }> };

/** Both switches confirmed "Off" on SWITCHED, on `platform`, in `language`. */
function confirmed(language: Language, platform: Platform, selected: readonly string[] = ['generative-ai']) {
  return {
    version: 1,
    settings: { language, platform, region: 'us', selected },
    guides: Object.fromEntries(selected.map((id) => [id, { platform, steps: {}, verification: { result: 'yes', at: SWITCHED } }])),
  };
}

const verification = (app: ReturnType<typeof createHarness>, id: string) => (app.state() as Saved).guides[id]?.verification;

// The guide loads most of itself after the first question (later.ts): once, before the clock-bound waits.
beforeAll(() => import('../../src/commands/guide/later.js'));

describe('re-check on the website: the setting was switched back on', () => {
  it('"No" says how to switch it off again naming the choice below; looking again opens it again; "Not sure", then going on keeps it as not confirmed', async () => {
    const app = createHarness({ now: LATER });
    app.seed(confirmed('en', 'web'));
    const question = `Does ${quoted('en', 'aiToggle')} read ${quoted('en', 'off')} now?`;
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.choose('Open the setting to look at it.', 'Open it in the browser');
    await app.terminal.choose(question, 'No');
    await app.terminal.waitForPrompt('What would you like to do?');
    expect(app.opened()).toEqual([AI_LINK]);
    const afterNo = app.terminal.flatText();
    expect(afterNo).toContain(
      `Switch it to ${quoted('en', 'off')} again, then reload the page (in the app: go back and open it again); saving can take a moment. To look again, choose “Open the setting in the browser”.`,
    );
    expect(afterNo).not.toContain('Go by the word next to the switch');
    // A "no" is echoed without the green mark of a completed answer.
    expect(afterNo).toContain(`${question} No`);
    expect(afterNo).not.toContain('✔ No');
    // Nothing is stored before the person goes on.
    expect(verification(app, 'generative-ai')).toEqual({ result: 'yes', at: SWITCHED });

    await app.terminal.choose('What would you like to do?', 'Open the setting in the browser');
    await app.terminal.choose(question, 'Not sure');
    await app.terminal.waitForPrompt('What would you like to do?');
    expect(app.opened()).toEqual([AI_LINK, AI_LINK]);
    const afterUnsure = app.terminal.sinceMark().replace(/\s+/g, ' ');
    expect(afterUnsure).toContain(
      `Go by the word next to the switch, not its colour: it should read ${quoted('en', 'off')}. To look again, choose “Open the setting in the browser”.`,
    );
    expect(afterUnsure).not.toContain('Switch it to');

    await app.terminal.choose('What would you like to do?', 'Go on; keep it as not confirmed');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([AI_LINK, AI_LINK]);
    expect(verification(app, 'generative-ai')).toEqual({ result: 'unsure', at: LATER.toISOString() });
    expect(app.terminal.flatText()).toContain(
      'Saved: “Switch off AI training” not confirmed, on 5 July 2027. To try again later: npx linkedin-ki-optout, then the re-check.',
    );
  });
});

describe('re-check on the website: still off', () => {
  it('answered with the setting already open: nothing opened, no QR code; "Yes" carries the green mark and adds the day of the check', async () => {
    const app = createHarness({ now: LATER });
    app.seed(confirmed('en', 'web'));
    const question = `Does ${quoted('en', 'aiToggle')} read ${quoted('en', 'off')} now?`;
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.choose('Open the setting to look at it.', 'It is open in front of me: ask now');
    await app.terminal.choose(question, 'Yes');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([]);
    const screen = app.terminal.flatText();
    expect(screen).not.toContain('QR code');
    expect(screen).not.toContain("Point your phone's camera");
    expect(screen).toContain(`${question} ✔ Yes`);
    expect(screen).toContain(`✔ Saved: it still reads ${quoted('en', 'off')}, checked on 5 July 2027 (confirmed on 2 December 2026).`);
    expect(verification(app, 'generative-ai')).toEqual({ result: 'yes', at: SWITCHED, checkedAt: LATER.toISOString() });
  });
});

describe('re-check: skipping one setting this time', () => {
  it('asks nothing about it and keeps its record as it was; the next setting is re-checked', async () => {
    const app = createHarness({ now: LATER });
    app.seed(confirmed('en', 'web', ['generative-ai', 'research-data']));
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.choose('Open the setting to look at it.', 'Skip it this time');
    // The next guide's own question to open its setting, not the question about the skipped one.
    await app.terminal.waitForPrompt('Switch off research use');
    expect(app.terminal.sinceMark()).not.toContain(`Does ${quoted('en', 'aiToggle')} read`);
    await app.terminal.choose('Open the setting to look at it.', 'Open it in the browser');
    await app.terminal.choose(`read ${quoted('en', 'off')} now?`, 'Yes');
    expect(await exit).toBe(0);
    expect(app.terminal.flatText()).not.toContain(`Does ${quoted('en', 'aiToggle')} read`);
    expect(app.opened()).toEqual([RESEARCH_LINK]);
    expect(verification(app, 'generative-ai')).toEqual({ result: 'yes', at: SWITCHED });
    expect(verification(app, 'research-data')).toEqual({ result: 'yes', at: SWITCHED, checkedAt: LATER.toISOString() });
  });
});

describe('re-check on the app path (German): the link as a QR code, never the browser', () => {
  it('shows the code to look, and again after "Nein"; "Ja" then keeps the day it was confirmed', async () => {
    const app = createHarness({ now: LATER });
    app.seed(confirmed('de', 'app'));
    const qr = 'Den Link als QR-Code für Ihr Smartphone zeigen';
    const hint = `Richten Sie die Kamera Ihres Smartphones auf den Code, um den Link zu öffnen: ${AI_LINK}`;
    const question = `Steht der Schalter ${quoted('de', 'aiToggle')} jetzt auf ${quoted('de', 'off')}?`;
    const exit = app.run([]);
    await app.terminal.choose('Wie möchten Sie fortfahren?', 'Nachprüfen, ob alles noch abgeschaltet ist');
    await app.terminal.choose('Öffnen Sie die Einstellung, um nachzusehen.', qr);
    await app.terminal.waitForPrompt(question);
    expect(app.terminal.sinceMark().replace(/\s+/g, ' ')).toContain(hint);
    await app.terminal.choose(question, 'Nein');
    await app.terminal.waitForPrompt('Wie möchten Sie weitermachen?');
    expect(app.terminal.flatText()).toContain(
      `Stellen Sie ihn noch einmal auf ${quoted('de', 'off')} und laden Sie die Seite neu (in der App: zurück und erneut öffnen); das Speichern kann einen Moment dauern. Um wieder nachzusehen, wählen Sie „${qr}“.`,
    );
    await app.terminal.choose('Wie möchten Sie weitermachen?', qr);
    await app.terminal.waitForPrompt(question);
    expect(app.terminal.sinceMark().replace(/\s+/g, ' ')).toContain(hint);
    await app.terminal.choose(question, 'Ja');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([]);
    expect(app.terminal.flatText()).toContain(
      `Gespeichert: Er steht weiter auf ${quoted('de', 'off')}, nachgeprüft am 5. Juli 2027 (bestätigt am 2. Dezember 2026).`,
    );
    expect(verification(app, 'generative-ai')).toEqual({ result: 'yes', at: SWITCHED, checkedAt: LATER.toISOString() });
  });
});

describe('re-check for the ear (accessible mode)', () => {
  it('opening the setting says "Opened." instead of repeating the choice; looking without opening is said as taken', async () => {
    const app = createHarness({ now: LATER, env: { ACCESSIBLE: '1' } });
    app.seed(confirmed('en', 'web', ['generative-ai', 'research-data']));
    const exit = app.run([]);
    await app.terminal.waitFor(/Enter alone for \d+: $/);
    app.terminal.mark();
    app.terminal.type('Re-check\n');
    // The first setting: opened (Enter).
    await app.terminal.waitFor(/Open the setting to look at it\.[\s\S]*Enter[^\n]*: $/);
    app.terminal.mark();
    app.terminal.type('\n');
    await app.terminal.waitFor(/read “Off” now\?[\s\S]*Enter[^\n]*: $/);
    const opened = app.terminal.sinceMark();
    expect(opened).toContain('Opened.');
    expect(opened).not.toContain('Taken: Open it in the browser');
    app.terminal.mark();
    app.terminal.type('\n');
    // The second: looked at without opening.
    await app.terminal.waitFor(/Open the setting to look at it\.[\s\S]*Enter[^\n]*: $/);
    app.terminal.mark();
    app.terminal.type('It is open\n');
    await app.terminal.waitFor(/read “Off” now\?[\s\S]*Enter[^\n]*: $/);
    expect(app.terminal.sinceMark()).toContain('Taken: It is open in front of me: ask now');
    app.terminal.mark();
    app.terminal.type('\n');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([AI_LINK]);
    expect(verification(app, 'research-data')).toEqual({ result: 'yes', at: SWITCHED, checkedAt: LATER.toISOString() });
  });
});
