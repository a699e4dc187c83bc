import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

/** Every file below a folder, as text, to prove something was never written anywhere. */
function everythingUnder(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}

/** A folder with a stand-in for xclip that stores what it is given. */
function fakeClipboard(): { bin: string; received: string } {
  const bin = tempDir('lkio-clip-');
  const received = join(bin, 'received.txt');
  writeFileSync(join(bin, 'xclip'), `#!/bin/sh\n[ "$1 $2" = "-selection clipboard" ] || exit 9\ncat > "${received}"\n`);
  chmodSync(join(bin, 'xclip'), 0o755);
  return { bin, received };
}

describe('objection', () => {
  it('without a terminal: the text with placeholders on stdout, the form link on stderr, nothing saved', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_GB.UTF-8' } });
    expect(await app.run(['objection'])).toBe(0);
    const text = app.terminal.text();
    expect(text.split('\n')[0]).toBe('Objection under Article 21 GDPR to the use of my personal data for training AI models');
    expect(text).toContain(
      'I object, under Article 21(1) GDPR, to the processing of my personal data for training artificial intelligence models, including models that do not generate content',
    );
    expect(text).toContain('legitimate interests (Article 6(1)(f) GDPR)');
    expect(text).toContain('Please confirm in writing that you have received this objection.');
    expect(text).toContain('Name: [your name]\nE-mail address of my LinkedIn account: [e-mail address of your LinkedIn account]');
    expect(app.stderr()).toContain("Paste it into LinkedIn's form, where it asks what you object to: https://www.linkedin.com/help/linkedin/ask/TS-DPRO");
    expect(app.stderr()).toContain('It is a suggestion, not legal advice');
    expect(existsSync(join(app.home, '.config'))).toBe(false);
  });

  it('in German, with no claim stronger than the sources allow', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_AT.UTF-8' } });
    expect(await app.run(['objection'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain('hiermit widerspreche ich nach Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Training von KI-Modellen');
    expect(text).toContain('(Art. 6 Abs. 1 lit. f DSGVO)');
    expect(text).toContain('Mit freundlichen Grüßen\n[Ihr Name]');
    // No promises, no deadlines, no threats that FACTS.md does not back.
    expect(text).not.toMatch(/Frist|unverzüglich|Aufsichtsbehörde|Beschwerde|rechtswidrig|Schadenersatz/);
  });

  it('in a terminal: name and e-mail typed in go into the text and nowhere else', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    const exit = app.run(['objection']);
    await app.terminal.waitFor('Your name, for the text');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.type('Ada Lovelace');
    app.terminal.press('enter');
    await app.terminal.waitFor('The e-mail address of your LinkedIn account');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.type('ada@example.org');
    app.terminal.press('enter');
    await app.terminal.waitFor('Your own reasons, relating to your particular situation');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.type('I am looking for work and my saved CV is on LinkedIn.');
    app.terminal.press('enter');
    expect(await exit).toBe(0);
    expect(app.terminal.text()).toContain('Name: Ada Lovelace\nE-mail address of my LinkedIn account: ada@example.org');
    expect(app.terminal.text()).toContain('Kind regards,\nAda Lovelace');
    // In a terminal the text is word-wrapped, paragraph by paragraph.
    expect(app.terminal.flatText()).toContain(
      'anti-abuse. LinkedIn bases this processing on its legitimate interests (Article 6(1)(f) GDPR). My reasons, relating to my particular situation: I am looking for work and my saved CV is on LinkedIn. Please confirm',
    );
    expect(app.terminal.text()).toContain('\n\nPlease confirm in writing');
    expect(app.stderr()).toContain('What you type only goes into this text; none of it is saved.');
    expect(everythingUnder(app.home)).not.toMatch(/Ada|Lovelace|ada@example|looking for work/);
  });

  it('own reasons: a placeholder paragraph without a terminal, none when skipped in one, never made up', async () => {
    const piped = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    expect(await piped.run(['objection'])).toBe(0);
    expect(piped.terminal.text()).toContain(
      '(Art. 6 Abs. 1 lit. f DSGVO).\n\n[Freiwillig: Ihre eigenen Gründe, die sich aus Ihrer besonderen Situation ergeben. Wenn Sie keine nennen, löschen Sie diesen Absatz.]\n\nBitte bestätigen',
    );
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    const exit = app.run(['objection']);
    for (const question of ['Your name, for the text', 'The e-mail address of your LinkedIn account', 'Your own reasons']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    expect(await exit).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain('(Article 6(1)(f) GDPR).\n\nPlease confirm in writing');
    expect(text).not.toMatch(/My reasons|\[Optional/);
  });

  it('--copy puts the text on the clipboard, with no shell in between', async () => {
    const { bin, received } = fakeClipboard();
    const app = createHarness({ tty: false, env: { LANG: 'C', PATH: `${bin}:/usr/bin:/bin` } });
    expect(await app.run(['objection', '--copy'])).toBe(0);
    expect(readFileSync(received, 'utf8')).toContain('Name: [your name]');
    expect(app.stderr()).toContain('The text is on the clipboard (xclip).');
    expect(app.terminal.text()).toBe('');
  });

  it('--copy with no clipboard program: says so and prints the text', async () => {
    const empty = tempDir('lkio-noclip-');
    mkdirSync(join(empty, 'bin'));
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8', PATH: join(empty, 'bin') } });
    expect(await app.run(['objection', '--copy'])).toBe(0);
    expect(app.stderr()).toContain('Es wurde kein Programm dafür gefunden (versucht: wl-copy, xclip, xsel, termux-clipboard-set).');
    expect(app.terminal.text()).toContain('Widerspruch nach Art. 21 DSGVO');
  });

  it('the objection guide offers the same text at the step where the form asks what you object to', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    app.seed({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:00:00.000Z' } },
        'objection-form': { platform: 'web', steps: { 'open-form': { doneAt: '2026-11-20T09:01:00.000Z' } } },
      },
    });
    const exit = app.run([]);
    await app.terminal.answer('Wie möchten Sie fortfahren?');
    // The form's last step: the text (Enter would say "not sent yet").
    await app.terminal.choose('Wählen Sie im Formular', 'Text für das Formular zeigen');
    await app.terminal.waitFor('Ihr Name für den Text');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.type('Erika Mustermann');
    app.terminal.press('enter');
    await app.terminal.waitFor('Die E-Mail-Adresse Ihres LinkedIn-Kontos');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.press('enter');
    await app.terminal.waitFor('Ihre eigenen Gründe');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.press('enter');
    await app.terminal.choose('Diesen Text in die Zwischenablage kopieren', 'Ohne Kopieren weiter');
    await app.terminal.cancelAt('Wählen Sie im Formular');
    expect(await exit).toBe(130);
    const screen = app.terminal.text();
    expect(screen).toContain('Name: Erika Mustermann\nE-Mail-Adresse meines LinkedIn-Kontos: [E-Mail-Adresse Ihres LinkedIn-Kontos]');
    // Copying is offered right there, for exactly this text (see tests/flow/record.test.ts).
    expect(app.terminal.flatText()).toContain('Ohne Kopieren weiter');
    expect(everythingUnder(app.home)).not.toContain('Erika');
  });
});
