import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { quoted } from '../helpers/labels.js';

const AI_LINK = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const RESEARCH_LINK = 'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research';
const FORM_LINK = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const AT = '2026-11-24T10:30:00.000Z';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('guide, hurried: Enter at every question', () => {
  it('German, website, EU: every guide that applies in ten answers, each fact said once, nothing claimed that was not done', async () => {
    const app = createHarness({ env: { LANG: 'de_AT.UTF-8' } });
    const { terminal } = app;
    const exit = app.run([]);
    const questions = [
      'Sprache / Language',
      'Wo möchten Sie die Einstellungen ändern?',
      'Wo befindet sich Ihr LinkedIn-Profil?',
      'Wie möchten Sie vorgehen?',
      `Öffnen Sie ${quoted('de', 'aiSetting')} direkt.`,
      `Stellen Sie den Schalter ${quoted('de', 'aiToggle')} auf ${quoted('de', 'off')}. Steht er jetzt auf ${quoted('de', 'off')}?`,
      `Öffnen Sie ${quoted('de', 'researchSetting')} direkt.`,
      `Stellen Sie den Schalter auf ${quoted('de', 'off')}. Steht er jetzt auf ${quoted('de', 'off')}?`,
      `Öffnen Sie LinkedIns Formular ${quoted('de', 'formName')}.`,
      // Enter after opening the form: "not sent yet", never "sent".
      'Wählen Sie im Formular die Option für KI, die Inhalte erzeugt',
    ];
    for (const question of questions) await terminal.answer(question);
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain(
      'LinkedIn trainiert KI, die Inhalte erzeugt, mit Profilen, Beiträgen und Gruppennachrichten seiner Mitglieder. Wer das nicht möchte, muss das Training abschalten.',
    );
    // The plan names the guides; why each, what it covers and how sure the sources are is one choice away ("Erst mehr dazu erfahren").
    expect(screen).toContain(
      'Für Sie gelten diese Anleitungen: 1. KI-Training abschalten 2. Nutzung für Forschung abschalten 3. Mit LinkedIns Formular widersprechen ? Wie möchten Sie vorgehen?',
    );
    for (const detail of [
      'Private Nachrichten',
      'Minderjähriger',
      'Hiring Assistant',
      'Was bereits verwendet wurde',
      'Stand der Anleitung',
      'Quellen',
      'Nicht für Ihre Region',
    ]) {
      expect(screen, detail).not.toContain(detail);
    }
    expect(screen).not.toMatch(/zuletzt geprüft|Schritt 1 von/);
    // Each check's saved line: the day, not the title the heading above just said.
    expect(count(screen, `✔ Gespeichert: Am 24. November 2026 stand er auf ${quoted('de', 'off')}.`)).toBe(2);
    // Enter after opening the form does not say it was sent: the form is not recorded as sent.
    expect(screen).not.toContain('gesendet gespeichert');
    expect(screen).not.toContain('✗');
    // Each answer is echoed in the words of its choice; only completed steps carry the green ✔, opening a link does not.
    expect(screen).toContain('direkt. Im Browser öffnen');
    expect(screen).not.toMatch(/✔ Im Browser/);
    expect(screen).toContain('› Wie möchten Sie vorgehen? Alle erledigen (empfohlen)');
    expect(screen).toContain(`Steht er jetzt auf ${quoted('de', 'off')}? ✔ Ja`);
    expect(app.opened()).toEqual([AI_LINK, RESEARCH_LINK, FORM_LINK]);
    expect(app.state()).toEqual({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'eu', selected: ['generative-ai', 'research-data', 'objection-form'] },
      guides: {
        // The link took the place of the menus: skipped, never "done" with a date.
        'generative-ai': {
          platform: 'web',
          steps: {
            settings: { skippedAt: AT },
            'data-privacy': { skippedAt: AT },
            'generative-ai-setting': { skippedAt: AT },
            'switch-off': { doneAt: AT },
          },
          verification: { result: 'yes', at: AT },
        },
        'research-data': {
          platform: 'web',
          steps: { settings: { skippedAt: AT }, 'data-privacy': { skippedAt: AT }, 'research-setting': { skippedAt: AT }, 'switch-off': { doneAt: AT } },
          verification: { result: 'yes', at: AT },
        },
        'objection-form': { platform: 'web', steps: { 'open-form': { doneAt: AT } } },
      },
    });
  });
});

describe('guide: the details one choice away', () => {
  it('German, "Erst mehr dazu erfahren": since when and where, what is not used, what each guide covers and not, how sure the sources are; then the question again', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    const { terminal } = app;
    const exit = app.run(['--lang', 'de', '--platform', 'web', '--region', 'eu']);
    await terminal.choose('Wie möchten Sie vorgehen?', 'Erst mehr dazu erfahren');
    // Asked again, without the choice just taken; Enter does all.
    await terminal.answer('Quellen: LinkedIns Hilfeseiten, Datenschutzbehörden und Presse; nicht mit einem echten Konto getestet. ? Wie möchten Sie vorgehen?');
    await terminal.choose(`Öffnen Sie ${quoted('de', 'aiSetting')} direkt.`, 'Später weitermachen');
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    for (const detail of [
      'In der EU, im EWR, in der Schweiz und im Vereinigten Königreich nutzt LinkedIn Mitgliederdaten seit dem 3. November 2025 (vor über einem Jahr) für KI-Training. Private Nachrichten bleiben außen vor, ebenso Daten vermutlich Minderjähriger.',
      'KI-Training abschalten – der wichtigste Schalter Das Abschalten wirkt nicht rückwirkend: Was bereits verwendet wurde, bleibt in den Modellen. LinkedIns Recruiting-KI (Hiring Assistant) nutzt weiterhin',
      'Nutzung für Forschung abschalten – empfohlen von einer deutschen Datenschutzbehörde',
      'Die Bezeichnungen stützen sich nur auf eine oder zwei Quellen. Der Direktlink stützt sich nur auf eine Quelle.',
      'Mit LinkedIns Formular widersprechen – für KI, die Inhalte erzeugt, und per Textvorschlag auch für Modelle, die der Schalter nicht abdeckt',
      'Wie LinkedIn die Option für KI, die Inhalte erzeugt, genau bezeichnet, ist nicht bekannt.',
      'Nicht für Ihre Region: Weitergabe an Microsoft für Werbung beenden – in der EU, im EWR und in der Schweiz gibt LinkedIn diese Daten nicht weiter',
      'Stand der Anleitung: November 2026; Quellen: LinkedIns Hilfeseiten, Datenschutzbehörden und Presse; nicht mit einem echten Konto getestet.',
    ]) {
      expect(screen).toContain(detail);
    }
    expect(screen).toContain('getestet. ? Wie möchten Sie vorgehen? ❯ Alle erledigen (empfohlen) Selbst auswählen ↑↓');
    expect(screen).toContain('› Wie möchten Sie vorgehen? Alle erledigen (empfohlen)');
  });
});

describe('guide: the details outside Europe', () => {
  it('English, elsewhere: since 2024 in most countries, and the recruiter AI note does not point to a form that is not offered there', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'other']);
    await terminal.choose('How would you like to go on?', 'Tell me more first');
    await terminal.cancelAt('How would you like to go on?');
    expect(await exit).toBe(130);
    const screen = terminal.flatText();
    expect(screen).toContain('Outside Europe it has done so in most countries since September 2024.');
    expect(screen).not.toContain('In the EU, EEA, Switzerland and the UK it does so');
    expect(screen).toContain("LinkedIn's recruiter AI (Hiring Assistant) still uses what your profile shows; showing fewer details may limit that.");
    expect(screen).not.toContain('the objection form may limit that');
  });

  it('the checklist for a profile in the US leaves the form out of the recruiter AI note; for the EU it keeps it', async () => {
    const us = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await us.run(['checklist', '--lang', 'en', '--region', 'us'])).toBe(0);
    expect(us.terminal.flatText()).toContain('showing fewer details may limit that.');
    expect(us.terminal.flatText()).not.toContain('objection form may limit that');
    const eu = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await eu.run(['checklist', '--lang', 'en', '--region', 'eu'])).toBe(0);
    expect(eu.terminal.flatText()).toContain('showing fewer details and the objection form may limit that.');
  });
});

describe('guide, English app path, UK', () => {
  it('steps merged per screen; each guide continues where the previous one left the person', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'uk']);
    await terminal.answer('How would you like to go on?');
    await terminal.answer(`Step 1 of 4 ? Tap your profile photo at the top left, then ${quoted('en', 'settings')} at the bottom of the side menu.`);
    await terminal.answer(`Step 2 of 4 ? Tap ${quoted('en', 'dataPrivacy')}.`);
    await terminal.answer(`Step 3 of 4 ? In the group ${quoted('en', 'howLinkedInUsesData')}, tap ${quoted('en', 'aiSetting')}.`);
    await terminal.answer(`Step 4 of 4 ? Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}. Does it read ${quoted('en', 'off')} now?`);
    // Research: from the Data privacy screen, not again from the profile picture.
    await terminal.answer(
      `Switch off research use On the page ${quoted('en', 'dataPrivacy')}, where you just were: Step 3 of 4 ? On the ${quoted('en', 'dataPrivacy')} screen`,
    );
    await terminal.answer(`Step 4 of 4 ? Set ${quoted('en', 'researchToggle')} to ${quoted('en', 'off')}.`);
    // Microsoft ads: from Settings.
    await terminal.answer('For the UK, the sources do not say whether this sharing applies. Switching it off does no harm.');
    await terminal.answer(`Step 3 of 4 ? At the bottom, tap ${quoted('en', 'adsSetting')}.`);
    await terminal.answer(`Step 4 of 4 ? Set it to ${quoted('en', 'off')}.`);
    await terminal.answer(
      `Open LinkedIn's form ${quoted('en', 'formName')} in your phone's browser or on a computer: https://www.linkedin.com/help/linkedin/ask/TS-DPRO`,
    );
    // Enter would say "not sent yet": sent, no e-mail yet.
    await terminal.choose('In the form, choose the option for AI', 'Sent; no e-mail yet');
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain(
      "In the UK the same switch also stops LinkedIn sharing posts, articles, videos, company-page data and job postings with Microsoft for training Microsoft's AI.",
    );
    expect(screen).toContain(`Step 2 of 4 ? In ${quoted('en', 'settings')}, tap ${quoted('en', 'advertisingData')}.`);
    expect(screen).toContain('3. Stop sharing ad data with Microsoft (unclear for your region)');
    expect(screen).toContain("Saved: the form was sent on 24 November 2026. LinkedIn's e-mail can take a while");
    // No sentence about a link the app path does not show.
    expect(screen).not.toContain('direct link opens exactly this switch is inferred');
    // Nothing is opened on the app path; the website's direct route is not offered.
    expect(app.opened()).toEqual([]);
    expect(screen).not.toContain('Open it in the browser');
    const state = app.state() as { guides: Record<string, { steps: Record<string, object> }> };
    expect(state.guides['research-data']!.steps).toEqual({
      settings: { skippedAt: AT },
      'data-privacy': { skippedAt: AT },
      'research-setting': { doneAt: AT },
      'switch-off': { doneAt: AT },
    });
    expect(Object.keys(state.guides['microsoft-ads']!.steps)).toEqual(['settings', 'advertising-data', 'partner-sharing-setting', 'switch-off']);
  });
});
