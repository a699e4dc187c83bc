import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

describe('guide, complete run', () => {
  it('German, website, EU: both guides, exact labels, verified and recorded', async () => {
    const app = createHarness({ env: { LANG: 'de_AT.UTF-8' } });
    const { terminal } = app;
    const exit = app.run([]);
    // The language question is asked in both languages, German preselected from LANG.
    await terminal.answer('Sprache / Language');
    expect(terminal.text()).toMatch(/❯ Deutsch/);
    await terminal.answer('Wo möchten Sie die Einstellung ändern?');
    await terminal.answer('Wo befindet sich Ihr LinkedIn-Profil?');
    // The research guide is offered and preselected; this run leaves it out (the list starts on
    // the AI switch, which cannot be left out; the research guide is third).
    await terminal.keys('Was möchten Sie jetzt erledigen?', ['down', 'down', 'space', 'enter']);
    expect(terminal.text()).toContain('seit dem 3. November 2025 (vor 386 Tagen)');
    const labels = [
      'Klicken Sie oben rechts auf Ihr Profilbild.',
      '„Einstellungen & Datenschutz“',
      '„Datenschutz“',
      '„So verwendet LinkedIn Ihre Daten“',
      '„Daten zur Verbesserung generativer KI“',
      '„Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“',
    ];
    for (const [index, label] of labels.entries()) {
      await terminal.waitFor(`Schritt ${index + 1} von 6`);
      await terminal.answer(label);
    }
    await terminal.answer('Steht der Schalter');
    await terminal.waitFor('Festgehalten: abgeschaltet am 24. November 2026, 10:30 Uhr.');
    await terminal.answer('Schritt 1 von 3');
    await terminal.answer('Schritt 2 von 3');
    await terminal.answer('Schritt 3 von 3');
    await terminal.answer('Ist LinkedIns Bestätigungs-E-Mail angekommen?');
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(screen).toContain('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
    expect(screen).toContain(
      'Standort Ihres Profils: EU oder EWR. Diese Anleitungen gelten für Sie: 1. KI-Training mit Ihren Daten abschalten Grund: jede Region: der wichtigste Schalter 2. Dem übrigen KI-Training widersprechen',
    );
    expect(screen).toContain('3. Die Nutzung Ihrer Daten für Forschung abschalten (empfohlen)');
    expect(screen).toContain('Nicht für Ihre Region: Die Weitergabe Ihrer Daten an Microsoft für Werbung beenden');
    expect(screen).toContain('✔ Was möchten Sie jetzt erledigen? 2 von 3');
    expect(screen).toContain('Ihre Checkliste');
    expect(screen).toMatch(/✓ KI-Training mit Ihren Daten abschalten – erledigt am 24\. November 2026/);
    expect(screen).toMatch(/✓ Dem übrigen KI-Training widersprechen .* – erledigt am 24\. November 2026/);
    expect(screen).toContain('Alles erledigt.');
    expect(app.state()).toMatchObject({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {
        'generative-ai': { platform: 'web', verification: { result: 'yes', at: '2026-11-24T10:30:00.000Z' } },
        'objection-form': { platform: 'web', verification: { result: 'yes', at: '2026-11-24T10:30:00.000Z' } },
      },
    });
    expect(Object.keys((app.state() as { guides: Record<string, { steps: object }> }).guides['generative-ai']!.steps)).toHaveLength(6);
  });
});

describe('guide, English app path', () => {
  it('United States: only the AI toggle, app labels, profile picture top left, no objection form', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'app']);
    // --lang and --platform skip their questions: the first question is the region.
    await terminal.answer('Where is your LinkedIn profile located?', 3);
    // Both optional guides (research, Microsoft ads) are preselected; this run leaves them out.
    // Trying to leave out the AI switch is refused with a sentence.
    await terminal.keys('Which would you like to do now?', ['space']);
    await terminal.waitFor('The AI switch is always part of it: it is the main setting.');
    await terminal.keys('Which would you like to do now?', ['down', 'space', 'down', 'space', 'enter']);
    expect(terminal.text()).not.toContain('Sprache / Language');
    expect(terminal.text()).not.toContain('Where will you change the setting?');
    expect(terminal.flatText()).toContain('Not for your region: Object to the rest of the AI training');
    await terminal.answer('tap your profile picture at the top left (on the website it sits at the top right)');
    await terminal.answer('tap “Settings” (gear icon)');
    await terminal.answer('Tap “Data privacy”.');
    await terminal.answer('Go to the group “How LinkedIn uses your data”.');
    await terminal.answer('Tap “Data for Generative AI Improvement”.');
    await terminal.answer('Set the toggle “Use my data for training content creation AI models” to “Off”.');
    await terminal.answer('now read “Off”?');
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain('Step 6 of 6');
    expect(screen).toContain('Recorded: switched off on November 24, 2026, 10:30 AM.');
    expect(screen).toContain('✓ Switch off AI training on your data – done on November 24, 2026');
    // The website's direct link is not pushed on the app path before the steps.
    expect(screen).not.toContain('Shortcut:');
    expect(screen).not.toContain('TS-DPRO');
    expect(app.state()).toMatchObject({
      settings: { language: 'en', platform: 'app', region: 'us', selected: ['generative-ai'] },
      guides: { 'generative-ai': { platform: 'app', verification: { result: 'yes' } } },
    });
    expect((app.state() as { guides: object }).guides).not.toHaveProperty('objection-form');
  });
});
