import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/core/catalogue.js';
import { previewNote } from '../../src/core/messages.js';
import { loadMessages } from '../../src/locales.js';
import { createHarness, LOCALES_DIR } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';
import { quoted } from '../helpers/labels.js';

/** A locales folder holding only these languages' files: reading any other would fail with its name. */
function only(...languages: Language[]): string {
  const dir = tempDir();
  for (const language of languages) copyFileSync(join(LOCALES_DIR, `${language}.json`), join(dir, `${language}.json`));
  return dir;
}

describe('only the chosen language is read', () => {
  it('the language question offers every language in its own name, with only the detected locale on disk', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' }, localesDir: only('en') });
    const exit = app.run([]);
    // Written out, not taken from the catalogue: a name or word missing there must fail here.
    const question = 'Sprache / Language / Idioma / Langue / Lingua / Taal / Język';
    await app.terminal.waitFor(question);
    const names = ['Deutsch', 'English', 'Español', 'Français', 'Italiano', 'Nederlands', 'Polski', 'Português'];
    const at = names.map((name) => app.terminal.text().indexOf(name));
    expect(at.every((position, index) => position > (at[index - 1] ?? -1))).toBe(true);
    await app.terminal.cancelAt(question);
    expect(await exit).toBe(130);
    expect(app.stderr()).not.toMatch(/json/);
  });

  it('choosing French there reads fr.json and goes on in French', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' }, localesDir: only('en', 'fr') });
    const exit = app.run(['--platform', 'web', '--region', 'ch']);
    // English is preselected (LANG=en_US); French is chosen by its name.
    await app.terminal.choose('Language / ', 'Français');
    await app.terminal.waitFor('Comment souhaitez-vous procéder\u00A0?');
    expect(app.terminal.flatText()).toContain("Pour l'éviter, il faut désactiver l'option");
    await app.terminal.cancelAt('Comment souhaitez-vous procéder');
    expect(await exit).toBe(130);
    expect(app.state()).toMatchObject({ settings: { language: 'fr', platform: 'web', region: 'ch' } });
  });

  it.each([
    ['es_MX.UTF-8', 'es', '¿Dónde está ubicado tu perfil', '¿Cómo quieres seguir?', 'other'],
    ['es_ES.UTF-8', 'es', '¿Dónde está ubicado tu perfil', '¿Cómo quieres seguir?', 'eu'],
    ['pt_BR.UTF-8', 'pt', 'Onde seu perfil do LinkedIn', 'Como você quer continuar?', 'other'],
    ['pt_PT.UTF-8', 'pt', 'Onde seu perfil do LinkedIn', 'Como você quer continuar?', 'eu'],
    ['pl_PL.UTF-8', 'pl', 'Gdzie znajduje się Twój profil', 'Które przewodniki chcesz przejść?', 'eu'],
  ] as const)('LANG=%s: only %s.json is read, the guide asks in it, and the region is preselected', async (lang, language, regionQuestion, plan, region) => {
    const app = createHarness({ env: { LANG: lang }, localesDir: only(language) });
    const exit = app.run(['--platform', 'web']);
    // Enter takes the preselected language, then the preselected region.
    await app.terminal.answer('Sprache / Language');
    await app.terminal.answer(regionQuestion);
    await app.terminal.cancelAt(plan);
    expect(await exit).toBe(130);
    expect(app.state()).toMatchObject({ settings: { language, platform: 'web', region } });
    expect(app.stderr()).not.toMatch(/json/);
  });

  it.each([[['--help']], [['checklist']], [['status']], [['objection']]])('%j in French (fr_CH) with only fr.json on disk', async (argv) => {
    const app = createHarness({ env: { LANG: 'fr_CH.UTF-8' }, tty: false, localesDir: only('fr') });
    expect(await app.run(argv)).toBe(0);
    // The objection's notes go to stderr, in French too; no locale file is named there.
    expect(app.stderr()).not.toMatch(/\.json/);
    expect(app.terminal.text()).toMatch(/[àéèêç]/);
  });
});

describe('French', () => {
  it('help: French titles, the languages from the catalogue, "art. 21 du RGPD"', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['--help', '--lang', 'fr'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain('Utilisation\u00A0: linkedin-ki-optout [options] [commande]');
    expect(text).toMatch(/--lang <langue> +Langue\u00A0: de, en, es, fr, it, nl, pl, pt/);
    expect(text).toContain('(art. 21 du RGPD)');
  });

  it('an unknown value names the valid ones, in French quotation marks', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['--lang', 'fr', 'checklist', '--platform', 'fax'])).toBe(2);
    expect(app.stderr()).toBe("--platform n'accepte pas «\u00A0fax\u00A0». Valeurs possibles\u00A0: web, app.\n");
  });

  it('the checklist quotes the sourced labels and describes the rest (website, Switzerland)', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['checklist', '--lang', 'fr', '--region', 'ch'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain('Langue\u00A0: français');
    expect(text).toContain('En haut à droite, cliquez sur votre photo de profil, puis sur «\u00A0Préférences et confidentialité\u00A0».');
    expect(text).toContain('Dans la colonne de gauche, cliquez sur «\u00A0Confidentialité des données\u00A0».');
    expect(text).toContain("cliquez sur le dernier élément\u00A0: «\u00A0Données pour l'amélioration de l'IA générative\u00A0».");
    expect(text).toContain("Désactivez l'option «\u00A0Utiliser mes données pour entraîner les modèles d'IA de création de contenu\u00A0».");
    expect(text).toContain('Établie le 24 novembre 2026');
    // The profile menu ("Vous"/"Moi") and the states are described, never quoted.
    expect(text).not.toMatch(/«\u00A0(Vous|Moi|Désactivé|Non|Oui)\u00A0»/);
    expect(text).toContain("le formulaire d'opposition de LinkedIn");
    expect(text).not.toContain('Data Processing Objection');
  });

  it('the objection text: art. 21 RGPD, formal, with the placeholders to fill in', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['objection', '--lang', 'fr'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain("Objet\u00A0: opposition au traitement de mes données personnelles pour l'entraînement de modèles d'IA (article 21 du RGPD)");
    expect(text).toContain('Madame, Monsieur,');
    expect(text).toContain('[votre nom]');
    expect(text).toContain('Adresse e-mail de mon compte LinkedIn\u00A0: [adresse e-mail de votre compte LinkedIn]');
    expect(text).not.toContain('{');
  });

  it('the follow-up asks for the date it does not know, in French', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['objection', '--follow-up', '--lang', 'fr'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain("Objet\u00A0: relance de mon opposition du [date d'envoi de l'opposition] (article 21 du RGPD)");
    expect(text).toContain("L'article 12, paragraphe 3, du RGPD");
    expect(text).not.toContain('{');
  });
});

describe('French at 36 columns', () => {
  it('a long answer is word-wrapped under itself, never broken inside a word', async () => {
    const app = createHarness({ columns: 36 });
    const exit = app.run(['--lang', 'fr', '--platform', 'web', '--region', 'ch']);
    await app.terminal.answer('Comment souhaitez-vous procéder');
    await app.terminal.choose('Ouvrez directement', 'Me guider dans les menus');
    for (let step = 1; step <= 3; step += 1) await app.terminal.answer(`Étape ${step} sur 4`);
    // No: the fallback, then the question whose first answer is longer than 40 columns.
    await app.terminal.choose('Étape 4 sur 4', 'Non');
    await app.terminal.waitFor('Que souhaitez-vous faire');
    await app.terminal.waitFor('navigateur');
    expect(app.terminal.text()).toContain('Ouvrir le paramètre dans le\n  navigateur');
    await app.terminal.cancelAt('Que souhaitez-vous faire');
    expect(await exit).toBe(130);
  });
});

describe('Italian and Dutch are a preview (FACTS §8)', () => {
  const italian = loadMessages(LOCALES_DIR, 'it');
  const dutch = loadMessages(LOCALES_DIR, 'nl');
  const italianPreview = previewNote(italian, 'it') as string;
  const dutchPreview = previewNote(dutch, 'nl') as string;
  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  it('Italian, app path: the preview note once, then the direct link first, as a QR code', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'it', '--platform', 'app', '--region', 'ch']);
    await app.terminal.answer(italian.plan.question);
    await app.terminal.waitFor(italian.links.qr);
    const screen = app.terminal.flatText();
    expect(occurrences(screen, italianPreview)).toBe(1);
    expect(screen).toContain(`❯ ${italian.links.qr}`);
    expect(screen).toContain(quoted('it', 'aiSetting'));
    // Enter: the code, then the setting itself (the menus were skipped, not done).
    await app.terminal.answer(italian.links.qr);
    await app.terminal.waitFor('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    await app.terminal.waitFor(quoted('it', 'off'));
    expect(app.terminal.flatText()).not.toMatch(/(?<!\p{L})Off(?!\p{L})/u);
    await app.terminal.cancelAt(quoted('it', 'off'));
    expect(await exit).toBe(130);
    expect(app.state()).toMatchObject({ settings: { language: 'it', platform: 'app' } });
  });

  it('English and German on the app path still start with the menus', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'eu']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.waitFor('Step 1 of 4');
    expect(app.terminal.flatText()).not.toContain('Show the link as a QR code');
    await app.terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
  });

  it('Dutch checklist and receipt: the preview note at the top; the toggle and its state described', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['checklist', '--lang', 'nl', '--region', 'eu'])).toBe(0);
    const text = app.terminal.text();
    const lines = text.split('\n');
    expect(lines[3]).toBe(dutchPreview);
    expect(occurrences(text, dutchPreview)).toBe(1);
    expect(text).toContain(quoted('nl', 'aiSetting'));
    expect(text).not.toMatch(/“(Uit|Mijn gegevens gebruiken[^”]*)”/);
    const markdown = createHarness({ tty: false });
    expect(await markdown.run(['checklist', '--lang', 'nl', '--format', 'markdown'])).toBe(0);
    expect(markdown.terminal.text()).toContain(`> ${dutchPreview}`);
  });

  it('French, German and English have no preview note', async () => {
    for (const language of ['fr', 'de', 'en']) {
      const app = createHarness({ tty: false });
      expect(await app.run(['checklist', '--lang', language])).toBe(0);
      expect(app.terminal.text().split('\n')[3]).not.toMatch(/preview|anteprima|Voorlopig/i);
    }
  });
});

describe('after a colon, each language’s own case', () => {
  const answered = {
    version: 1,
    settings: { platform: 'web', region: 'eu', selected: ['generative-ai'] },
    guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T10:00:00.000Z' } } },
  };
  it.each([
    ['fr', /Vérification\s:\sl'option « Utiliser mes données/, /Enregistré le 20 novembre 2026\s:\soui\b/, /\*\*Vérification\s:\*\* l'option/],
    ['it', /Verifica: l'interruttore «Usa i miei dati/, /Risposta \(20 novembre 2026\): sì(\s|$)/, /\*\*Verifica:\*\* l'interruttore/],
    ['nl', /Controle: is de schakelaar bij “Gegevens/, /Beantwoord op 20 november 2026: ja\b/, /\*\*Controle:\*\* is de schakelaar/],
    ['de', /Prüfen: Steht der Schalter „Ihre Daten/, /Gespeichert am 20\. November 2026: Ja\b/, /\*\*Prüfen:\*\* Steht/],
    ['en', /Check: Does “Use my data/, /Saved on 20 November 2026: Yes\b/, /\*\*Check:\*\* Does/],
  ] as const)('%s: the check question and the saved answer in the checklist', async (language, check, answer, markdownCheck) => {
    const app = createHarness({ tty: false });
    app.seed({ ...answered, settings: { ...answered.settings, language } });
    expect(await app.run(['checklist', '--lang', language])).toBe(0);
    expect(app.terminal.flatText()).toMatch(check);
    expect(app.terminal.flatText()).toMatch(answer);
    const markdown = createHarness({ tty: false });
    markdown.seed({ ...answered, settings: { ...answered.settings, language } });
    expect(await markdown.run(['checklist', '--lang', language, '--format', 'markdown'])).toBe(0);
    expect(markdown.terminal.flatText()).toMatch(markdownCheck);
  });

  it('a name stays capitalised after a colon: LinkedIn in a saved answer', async () => {
    const app = createHarness({ tty: false });
    app.seed({
      version: 1,
      settings: { language: 'fr', platform: 'web', region: 'eu', selected: ['objection-form'] },
      guides: {
        'objection-form': {
          platform: 'web',
          steps: { send: { doneAt: '2026-11-01T10:00:00.000Z' } },
          verification: { result: 'refused', at: '2026-11-20T10:00:00.000Z' },
          sentAt: '2026-11-01T10:00:00.000Z',
        },
      },
    });
    expect(await app.run(['checklist', '--lang', 'fr'])).toBe(0);
    expect(app.terminal.flatText()).toMatch(/Enregistré le 20 novembre 2026\s:\sLinkedIn a rejeté l'opposition/);
  });
});
