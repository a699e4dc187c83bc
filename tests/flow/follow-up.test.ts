import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

const SENT = '2026-10-20T09:00:00.000Z';
/** The day before the one-month mark, and the day it passed (LinkedIn answers within a month, Art. 12(3) GDPR). */
const BEFORE = new Date('2026-11-19T12:00:00.000Z');
const AFTER = new Date('2026-11-24T10:30:00.000Z');

function sentState(region: string, language = 'en', result = 'waiting') {
  return {
    version: 1,
    settings: { language, platform: 'web', region, selected: ['generative-ai', 'objection-form'] },
    guides: {
      'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-10-20T08:00:00.000Z' } },
      'objection-form': {
        platform: 'web',
        steps: {
          'open-form': { doneAt: '2026-10-20T08:50:00.000Z' },
          'choose-objection': { doneAt: '2026-10-20T08:55:00.000Z' },
          send: { doneAt: SENT },
        },
        verification: { result, at: '2026-10-20T09:01:00.000Z' },
      },
    },
  };
}

async function run(now: Date, argv: string[], state: object = sentState('eu'), env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  const app = createHarness({ tty: false, env, now });
  app.seed(state);
  const code = await app.run(argv);
  return { code, out: app.terminal.flatText(), err: app.stderr(), app };
}

describe('an objection that gets an answer: status before and after the one-month mark', () => {
  it('before: waiting, nothing to do, status --check exits 0', async () => {
    const { code, out } = await run(BEFORE, ['status']);
    expect(code).toBe(0);
    // The day it was sent is said once, in the form's line.
    expect(out).toContain("◐ Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 20 October 2026");
    expect(out).not.toContain('Form sent on');
    expect(out).toContain('LinkedIn has a month to answer; if no confirmation arrives, a follow-up is due on 20 November 2026.');
    expect(out).toContain("Nothing to do until 20 November 2026: the objection is waiting for LinkedIn's answer.");
    expect(out).not.toContain('time to follow up');
    expect((await run(BEFORE, ['status', '--check'])).code).toBe(0);
  });

  it('"how long ago" counts from the day it was sent, not from the last "not yet"', async () => {
    const state = sentState('eu');
    state.guides['objection-form'].verification = { result: 'waiting', at: '2026-11-24T10:00:00.000Z' };
    const { out } = await run(new Date('2026-11-24T10:30:00.000Z'), ['status'], state);
    expect(out).toMatch(/waiting for LinkedIn's confirmation; sent on 20 October 2026 \(1 month ago\)/);
    expect(out).not.toContain('30 minutes ago');
  });

  it.each(['waiting', 'no', 'unsure'])('after, answered "%s": due for a follow-up, status --check exits 3', async (result) => {
    const { code, out } = await run(AFTER, ['status', '--check'], sentState('eu', 'en', result));
    expect(code).toBe(3);
    expect(out).toContain('A month after sending, no confirmation is saved: time to follow up. For the text: npx linkedin-ki-optout objection --follow-up');
    expect(out).toContain('Not done yet: 1 due for a follow-up.');
  });

  it('status --format json: reply and follow-up date', async () => {
    const before = JSON.parse((await run(BEFORE, ['status', '--format', 'json'])).app.terminal.text());
    expect(before.ok).toBe(true);
    expect(before.guides[1]).toMatchObject({
      id: 'objection-form',
      sentAt: SENT,
      reply: 'waiting',
      followUpDueAt: '2026-11-20T09:00:00.000Z',
      followUpDue: false,
    });
    const after = JSON.parse((await run(AFTER, ['status', '--format', 'json'])).app.terminal.text());
    expect(after.ok).toBe(false);
    expect(after.guides[1]).toMatchObject({ reply: 'follow-up-due', followUpDue: true });
    expect(after.guides[0]).toMatchObject({ id: 'generative-ai', reply: null, followUpDueAt: null, followUpDue: false });
  });

  it('in German, after the mark', async () => {
    const { code, out } = await run(AFTER, ['status', '--check'], sentState('eu', 'de'), { LANG: 'de_DE.UTF-8' });
    expect(code).toBe(3);
    expect(out).toContain('Mit LinkedIns Formular widersprechen – Bestätigung von LinkedIn steht aus; gesendet am 20. Oktober 2026');
    expect(out).toContain(
      'Einen Monat nach dem Senden ist keine Bestätigung gespeichert: Zeit zum Nachfassen. Den Text dafür erhalten Sie mit: npx linkedin-ki-optout objection --follow-up',
    );
  });
});

describe('objection --follow-up', () => {
  it('English, EU: refers to the day it was sent, asks for confirmation, names the Irish DPC and the EDPB list', async () => {
    const { code, app, err } = await run(AFTER, ['objection', '--follow-up']);
    expect(code).toBe(0);
    const text = app.terminal.text();
    expect(text.split('\n')[0]).toBe('Follow-up to my objection under Article 21 GDPR of 20 October 2026');
    expect(text).toContain(
      'On 20 October 2026 I objected with your form, under Article 21(1) GDPR, to the processing of my personal data for training AI models. I have not received a confirmation.',
    );
    expect(text).toContain('Under Article 12(3) GDPR you have to inform me of the action taken on a request within one month of receiving it.');
    expect(text).toContain('Please confirm in writing that you have received my objection');
    expect(text).toContain('Name: [your name]');
    expect(err).toContain('about the objection you sent on 20 October 2026');
    expect(err).toContain(
      "If there is still no answer, or LinkedIn refuses the objection: You can complain to a data-protection authority: the one in the country where you live or work, or the Irish Data Protection Commission (DPC), LinkedIn's lead authority in the EU.",
    );
    expect(err).toContain('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en');
    // Before a complaint, LinkedIn's Data Protection Officer (FACTS §2).
    expect(err).toContain('If LinkedIn still does not answer, you can first write to its Data Protection Officer, who has a form of their own:');
    expect(err).toContain('npx linkedin-ki-optout objection --outcome confirmed');
    expect(err).not.toMatch(/ICO|FDPIC/);
  });

  it('before the mark: no letter that would claim a passed deadline; stderr says when it is due', async () => {
    const { code, app, err } = await run(BEFORE, ['objection', '--follow-up']);
    expect(code).toBe(0);
    expect(app.terminal.text()).toBe('');
    expect(err.replace(/\s+/g, ' ')).toContain(
      'The follow-up is due on 20 November 2026: LinkedIn has until then to answer your objection of 20 October 2026, so no text yet.',
    );
  });

  it('German, Switzerland: the EDÖB, Swiss spelling', async () => {
    const { code, app, err } = await run(AFTER, ['objection', '--follow-up'], sentState('ch', 'de'), { LANG: 'de_DE.UTF-8' });
    expect(code).toBe(0);
    const text = app.terminal.text();
    expect(text.split('\n')[0]).toBe('Nachfrage zu meinem Widerspruch nach Art. 21 DSGVO vom 20. Oktober 2026');
    expect(text).toContain('Nach Art. 12 Abs. 3 DSGVO haben Sie mich innerhalb eines Monats');
    expect(text).toContain('Massnahmen');
    expect(text).toContain('Mit freundlichen Grüssen');
    expect(err).toContain('Sie können sich an den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) wenden.');
    expect(text + err).not.toMatch(/[ßẞ]/);
    expect(err).not.toMatch(/irische|EDSA/);
  });

  it('UK: the ICO', async () => {
    const { err } = await run(AFTER, ['objection', '--follow-up'], sentState('uk'));
    expect(err).toContain("You can complain to the Information Commissioner's Office (ICO).");
    expect(err).not.toMatch(/Irish|FDPIC/);
  });

  it('no sending date recorded: a visible placeholder and a sentence saying so; every authority', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    expect(app.terminal.text()).toContain('On [the date you sent the objection] I objected');
    expect(app.stderr()).toContain(
      'No date of sending is saved: put it in where the text says “[the date you sent the objection]”, and send this only once a month has passed since then.',
    );
    expect(app.stderr()).toMatch(/Irish Data Protection Commission.*ICO.*FDPIC/s);
    expect(app.state()).toBeUndefined();
  });

  it('in a terminal: name and e-mail asked for, put in, never saved', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    app.seed(sentState('eu'));
    const before = JSON.stringify(app.state());
    const exit = app.run(['objection', '--follow-up']);
    await app.terminal.waitFor('Your name, for the text');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.type('Grace Hopper');
    app.terminal.press('enter');
    await app.terminal.waitFor('The e-mail address of your LinkedIn account');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.press('enter');
    expect(await exit).toBe(0);
    expect(app.terminal.text()).toContain('Kind regards,\nGrace Hopper');
    expect(app.terminal.text()).not.toContain('Your own reasons');
    expect(JSON.stringify(app.state())).toBe(before);
  });
});

describe('objection --follow-up at 40 columns', () => {
  it('the letter is one line per paragraph, so copying it carries no line breaks of ours', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' }, now: AFTER, columns: 40 });
    app.seed(sentState('eu', 'de'));
    const exit = app.run(['objection', '--follow-up']);
    for (const question of ['Ihr Name', 'Die E-Mail-Adresse']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    expect(await exit).toBe(0);
    // Runs of spaces are the padding that keeps words whole at the edge; no line break of ours.
    const text = app.terminal.text().replace(/ {2,}/g, ' ');
    const letter = text.slice(text.indexOf('Nachfrage zu meinem Widerspruch'));
    expect(letter).toContain('widersprochen. Eine Bestätigung habe ich bisher nicht erhalten.');
    expect(app.terminal.flatText()).toContain('Nach Art. 12 Abs. 3 DSGVO haben Sie mich innerhalb eines Monats nach Eingang eines Antrags');
  });
});

describe('objection --outcome', () => {
  it('refused: recorded with the date, shown in status, the checklist and the receipt, with where to complain', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    app.seed(sentState('eu'));
    expect(await app.run(['objection', '--outcome', 'refused'])).toBe(0);
    expect(app.terminal.flatText()).toContain('Saved on 24 November 2026: LinkedIn refused your objection.');
    expect(app.terminal.flatText()).toContain('Irish Data Protection Commission');
    const record = (app.state() as { guides: Record<string, { verification: unknown; steps: object }> }).guides['objection-form'];
    expect(record?.verification).toEqual({ result: 'refused', at: AFTER.toISOString() });
    expect(Object.keys(record?.steps ?? {})).toEqual(['open-form', 'choose-objection', 'send']);

    const status = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    status.seed(app.state() as object);
    expect(await status.run(['status', '--check'])).toBe(3);
    expect(status.terminal.flatText()).toContain('LinkedIn refused the objection. You can complain to a data-protection authority');
    expect(status.terminal.flatText()).not.toContain('time to follow up');
    expect(await status.run(['checklist', '--format', 'markdown'])).toBe(0);
    const receipt = status.terminal.flatText();
    expect(receipt).toContain('- Form sent on 20 October 2026.');
    expect(receipt).toContain('- Saved on 24 November 2026: LinkedIn refused the objection');
    expect(await status.run(['checklist', '--format', 'json'])).toBe(0);
  });

  it('confirmed: the objection is done, status --check exits 0', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' }, now: AFTER });
    app.seed(sentState('eu', 'de'));
    expect(await app.run(['objection', '--outcome', 'confirmed'])).toBe(0);
    expect(app.terminal.flatText()).toContain('Gespeichert am 24. November 2026: LinkedIn hat Ihren Widerspruch bestätigt.');
    expect(await app.run(['status', '--check'])).toBe(0);
    expect(app.terminal.flatText()).toContain('Mit LinkedIns Formular widersprechen – erledigt am 24. November 2026');
  });

  it('no-answer: in the JSON outputs', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    app.seed(sentState('uk'));
    expect(await app.run(['objection', '--outcome', 'no-answer'])).toBe(0);
    expect(app.terminal.flatText()).toContain("You can complain to the Information Commissioner's Office (ICO).");
    const json = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    json.seed(app.state() as object);
    expect(await json.run(['checklist', '--format', 'json'])).toBe(0);
    const guide = (JSON.parse(json.terminal.text()) as { guides: { id: string }[] }).guides.find((entry) => entry.id === 'objection-form');
    expect(guide).toMatchObject({ status: 'unresolved', reply: 'no-answer', followUpDueAt: null, answer: 'No answer, even after a follow-up' });
  });

  it.each([
    [['objection', '--outcome', 'maybe'], '--outcome does not accept “maybe”. Valid values: confirmed, extended, refused, no-answer.'],
    [['objection', '--outcome'], '--outcome needs a value. Valid values: confirmed, extended, refused, no-answer.'],
    [['objection', '--outcome', 'refused', '--follow-up'], "--outcome only saves LinkedIn's answer: give it without --follow-up and --copy."],
  ])('%j: exit 2, nothing written', async (argv, message) => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: AFTER });
    expect(await app.run(argv)).toBe(2);
    expect(app.stderr()).toContain(message);
    expect(app.state()).toBeUndefined();
  });
});
