import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

const SWISS_STATE = {
  version: 1,
  settings: { language: 'de', platform: 'web', region: 'ch' },
  guides: {
    'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:05:00.000Z' } },
    'objection-form': {
      platform: 'web',
      steps: { send: { doneAt: '2026-09-01T09:00:00.000Z' } },
      verification: { result: 'no', at: '2026-09-01T09:05:00.000Z' },
    },
  },
};

describe('Switzerland', () => {
  it('--region ch is accepted: the EU guides, Switzerland named as the region', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await app.run(['checklist', '--region', 'ch', '--format', 'json'])).toBe(0);
    const checklist = JSON.parse(app.terminal.text()) as { region: string; guides: { id: string }[] };
    expect(checklist.region).toBe('ch');
    expect(checklist.guides.map((guide) => guide.id)).toEqual(['generative-ai', 'research-data', 'objection-form']);
    const text = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    expect(await text.run(['checklist', '--region', 'ch'])).toBe(0);
    expect(text.terminal.text()).toContain('Region: Schweiz');
    expect(text.terminal.text()).not.toContain('Microsoft');
  });

  it('LANG=de_CH: no "ß" in any output, and the German texts otherwise', async () => {
    const outputs: string[] = [];
    for (const argv of [
      ['checklist'],
      ['checklist', '--format', 'markdown', '--platform', 'app'],
      ['objection'],
      ['status'],
      ['--help'],
      ['checklist', '--help'],
    ]) {
      const app = createHarness({ tty: false, env: { LANG: 'de_CH.UTF-8' } });
      if (argv[0] === 'status') app.seed({ ...SWISS_STATE, settings: { language: 'de', platform: 'web', region: 'eu' } });
      expect(await app.run(argv), argv.join(' ')).toBe(0);
      outputs.push(app.terminal.text() + app.stderr());
    }
    const all = outputs.join('\n');
    expect(all).toContain('Daten zur Verbesserung generativer KI');
    expect(all).toContain('Mit freundlichen Grüssen');
    expect(all).not.toMatch(/[ßẞ]/);
  });

  it('--region ch with German: no "ß" either', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    expect(await app.run(['checklist', '--region', 'ch', '--format', 'markdown'])).toBe(0);
    expect(app.terminal.text()).toContain('Region: Schweiz');
    expect(app.terminal.text()).not.toMatch(/[ßẞ]/);
  });

  it('a profile recorded in Switzerland gets Swiss spelling even with a German locale', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    app.seed(SWISS_STATE);
    expect(await app.run(['checklist'])).toBe(0);
    expect(await app.run(['status'])).toBe(0);
    expect(await app.run(['objection'])).toBe(0);
    const all = app.terminal.text() + app.stderr();
    expect(all).toContain('Region: Schweiz');
    expect(all).toContain('Mit freundlichen Grüssen');
    expect(all).not.toMatch(/[ßẞ]/);
  });

  it('German for Germany and Austria keeps "ß"', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_AT.UTF-8' } });
    expect(await app.run(['objection'])).toBe(0);
    expect(app.terminal.text()).toContain('Mit freundlichen Grüßen');
  });

  it('the German locale file itself is not changed', () => {
    const file = readFileSync(join(import.meta.dirname, '../../locales/de.json'), 'utf8');
    expect(file).toContain('ß');
    expect(existsSync(join(import.meta.dirname, '../../locales/de-CH.json'))).toBe(false);
  });
});

describe('Switzerland in the guide', () => {
  it('chosen at the question: from then on Swiss spelling, the plan for Switzerland, the objection text', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    const exit = app.run(['--lang', 'de']);
    await app.terminal.answer('Wo möchten Sie die Einstellungen ändern?');
    await app.terminal.choose('Wo befindet sich Ihr LinkedIn-Profil?', 'Schweiz');
    await app.terminal.choose('Wie möchten Sie vorgehen?', 'Selbst auswählen');
    // All are ticked: the research guide is left out, the AI switch and the objection form stay.
    await app.terminal.untick('Was möchten Sie jetzt erledigen?', ['Nutzung für Forschung abschalten']);
    await app.terminal.answer('direkt');
    await app.terminal.answer('Steht');
    // The form: open it, then at the step that asks what you object to, the text.
    await app.terminal.choose('Öffnen Sie LinkedIns Formular', 'Im Browser öffnen');
    await app.terminal.choose('Wählen Sie im Formular', 'Text für das Formular zeigen');
    for (const question of ['Ihr Name für den Text', 'Die E-Mail-Adresse Ihres LinkedIn-Kontos', 'Ihre eigenen Gründe']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    await app.terminal.cancelAt('Wählen Sie im Formular');
    expect(await exit).toBe(130);
    const screen = app.terminal.flatText();
    // Before the question: German for Germany ("Grüße" would be there, had it been shown).
    const before = screen.slice(0, screen.indexOf('Wo befindet sich Ihr LinkedIn-Profil?'));
    expect(before).toContain('KI');
    const after = screen.slice(screen.lastIndexOf('Wo befindet sich Ihr LinkedIn-Profil?'));
    expect(after).toContain(
      'Wo befindet sich Ihr LinkedIn-Profil? Schweiz Für Sie gelten diese Anleitungen: 1. KI-Training abschalten 2. Nutzung für Forschung abschalten 3. Mit LinkedIns Formular widersprechen ?',
    );
    // Words that German for Germany writes with "ß": the text proves the Swiss spelling.
    expect(after).toContain('Mit freundlichen Grüssen');
    expect(after).not.toMatch(/[ßẞ]/);
    expect((app.state() as { settings: { region: string } }).settings.region).toBe('ch');
  });

  it('recorded, started again: the follow-up offered in Swiss spelling', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    app.seed({
      ...SWISS_STATE,
      guides: {
        ...SWISS_STATE.guides,
        'objection-form': { ...SWISS_STATE.guides['objection-form'], verification: { result: 'waiting', at: '2026-09-01T09:05:00.000Z' } },
      },
    });
    const exit = app.run([]);
    await app.terminal.answer('Einen Text dafür anzeigen?');
    for (const question of ['Ihr Name für den Text', 'Die E-Mail-Adresse Ihres LinkedIn-Kontos']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    await app.terminal.cancelAt('Wie möchten Sie fortfahren?');
    expect(await exit).toBe(130);
    const screen = app.terminal.flatText();
    expect(screen).toContain('Nachfrage zu meinem Widerspruch nach Art. 21 DSGVO vom 1. September 2026');
    expect(screen).toContain('Massnahmen');
    expect(screen).toContain('Mit freundlichen Grüssen');
    expect(screen).toContain('Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB)');
    expect(screen).not.toMatch(/[ßẞ]/);
  });
});
