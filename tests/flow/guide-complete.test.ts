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
      'Wo möchten Sie die Einstellung ändern?',
      'Wo befindet sich Ihr LinkedIn-Profil?',
      'Wie möchten Sie vorgehen?',
      `Öffnen Sie ${quoted('de', 'aiSetting')} direkt (nach der Anmeldung).`,
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
    expect(screen).toContain('seit dem 3. November 2025 (vor über einem Jahr)');
    // Said once per run.
    for (const fact of ['Private Nachrichten', 'mutmaßlich Minderjähriger', 'Hiring Assistant', 'Was bereits verwendet wurde', 'Stand der Anleitung']) {
      expect(count(screen, fact), fact).toBe(1);
    }
    expect(screen).toContain(
      '1. KI-Training abschalten – der wichtigste Schalter 2. Nutzung für Forschung abschalten – empfohlen von einer deutschen Datenschutzbehörde 3. Mit LinkedIns Formular widersprechen – die Option für KI, die Inhalte erzeugt, und ein Text für die Modelle, die der Schalter nicht abdeckt',
    );
    expect(screen).toContain(
      'Nicht für Ihre Region: Weitergabe an Microsoft für Werbung beenden – in der EU, im EWR und in der Schweiz gibt LinkedIn diese Daten nicht weiter',
    );
    expect(screen).toContain(
      'Stand der Anleitung: November 2026; Quellen: LinkedIns Hilfeseiten, Datenschutzbehörden und Presse; nicht mit einem echten Konto getestet.',
    );
    expect(screen).not.toMatch(/zuletzt geprüft|Schritt 1 von/);
    expect(screen).toContain(`✔ Gespeichert zu „KI-Training abschalten“: stand am 24. November 2026 um 10:30 Uhr auf ${quoted('de', 'off')}.`);
    // Enter after opening the form does not say it was sent: the form is not recorded as sent.
    expect(screen).not.toContain('gesendet gespeichert');
    expect(screen).not.toContain('✗');
    // Each answer is echoed in the words of its choice; only completed steps carry the green ✔, opening a link does not.
    expect(screen).toContain('(nach der Anmeldung). Im Browser öffnen');
    expect(screen).not.toMatch(/✔ Im Browser/);
    expect(screen).toContain('› Wie möchten Sie vorgehen? Alles erledigen, was für Sie gilt');
    expect(screen).toContain(`✔ Ja, er steht auf ${quoted('de', 'off')}`);
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
      `Switch off research use Its labels rest on one or two sources. On the page ${quoted('en', 'dataPrivacy')}, where you just were: Step 3 of 4 ? On the ${quoted('en', 'dataPrivacy')} screen`,
    );
    await terminal.answer(`Step 4 of 4 ? Set ${quoted('en', 'researchToggle')} to ${quoted('en', 'off')}.`);
    // Microsoft ads: from Settings.
    await terminal.answer('For the UK, the sources do not say whether this sharing applies. Switching it off does no harm.');
    await terminal.answer(`Step 3 of 4 ? At the bottom, tap ${quoted('en', 'adsSetting')}.`);
    await terminal.answer(`Step 4 of 4 ? Set it to ${quoted('en', 'off')}.`);
    await terminal.answer(
      `Open LinkedIn's form ${quoted('en', 'formName')} in your phone's browser or on a computer: https://www.linkedin.com/help/linkedin/ask/TS-DPRO`,
    );
    // Enter would say "not sent yet": two up, "sent; no e-mail yet".
    await terminal.keys('In the form, choose the option for AI', ['up', 'up', 'enter']);
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain(
      "In the UK the same switch also stops LinkedIn sharing posts, articles, videos, company-page data and job postings with Microsoft for training Microsoft's AI.",
    );
    expect(screen).toContain(`Step 2 of 4 ? In ${quoted('en', 'settings')}, tap ${quoted('en', 'advertisingData')}.`);
    expect(screen).toContain(
      'Stop sharing ad data with Microsoft – optional; LinkedIn shares ad data with Microsoft outside the EU, EEA and Switzerland (unclear for your region)',
    );
    expect(screen).toContain("Saved: “Object with LinkedIn's form” – the form was sent on 24 November 2026, 10:30. LinkedIn's e-mail can take a while");
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
