import { describe, expect, it } from 'vitest';
import { ago, isOutdated, recheckDueAt, timeline } from '../../src/core/dates.js';
import { LANGUAGES } from '../../src/core/catalogue.js';
import de from '../../locales/de.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import it_ from '../../locales/it.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import pt from '../../locales/pt.json' with { type: 'json' };
import { createHarness } from '../helpers/app.js';

const LOCALES = { de, en, es, fr, it: it_, nl, pl, pt };

const texts = {
  de: {
    since: 'seit dem {date} ({relative})',
    from: 'ab dem {date} ({relative})',
    today: 'ab heute, dem {date}',
    relative: {
      days: { one: 'vor {count} Tag', other: 'vor {count} Tagen' },
      months: { one: 'vor {count} Monat', other: 'vor {count} Monaten' },
      year: 'vor über einem Jahr',
      years: { one: 'vor über {count} Jahr', other: 'vor über {count} Jahren' },
    },
  },
  en: {
    since: 'since {date} ({relative})',
    from: 'from {date} ({relative})',
    today: 'from today, {date}',
    relative: {
      days: { one: '{count} day ago', other: '{count} days ago' },
      months: { one: '{count} month ago', other: '{count} months ago' },
      year: 'over a year ago',
      years: { one: 'over {count} year ago', other: 'over {count} years ago' },
    },
  },
};

describe('the date of 3 November 2025, seen from either side', () => {
  it.each([
    ['2026-11-24T10:30:00Z', 'de', 'seit dem 3. November 2025 (vor über einem Jahr)'],
    ['2026-11-24T10:30:00Z', 'en', 'since November 3, 2025 (over a year ago)'],
    ['2028-01-24T10:30:00Z', 'en', 'since November 3, 2025 (over 2 years ago)'],
    ['2028-01-24T10:30:00Z', 'de', 'seit dem 3. November 2025 (vor über 2 Jahren)'],
    ['2026-03-24T10:30:00Z', 'de', 'seit dem 3. November 2025 (vor 4 Monaten)'],
    ['2025-11-20T08:00:00Z', 'de', 'seit dem 3. November 2025 (vor 17 Tagen)'],
    ['2025-11-03T12:00:00Z', 'de', 'ab heute, dem 3. November 2025'],
    ['2025-11-03T12:00:00Z', 'en', 'from today, November 3, 2025'],
    ['2025-10-29T09:00:00Z', 'de', 'ab dem 3. November 2025 (in 5 Tagen)'],
    ['2025-10-29T09:00:00Z', 'en', 'from November 3, 2025 (in 5 days)'],
  ] as const)('on %s in %s: %s', (now, language, expected) => {
    const pattern = language === 'de' ? 'd. MMMM yyyy' : 'MMMM d, yyyy';
    expect(timeline('2025-11-03', new Date(now), pattern, language, texts[language])).toBe(expected);
  });

  it('the guide says it one choice away ("Erst mehr dazu erfahren"), worded for the day it runs', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' }, now: new Date('2025-10-29T09:00:00Z') });
    const exit = app.run(['--lang', 'de', '--platform', 'web', '--region', 'eu']);
    await app.terminal.choose('Wie möchten Sie vorgehen?', 'Erst mehr dazu erfahren');
    await app.terminal.cancelAt('Wie möchten Sie vorgehen?');
    expect(await exit).toBe(130);
    expect(app.terminal.flatText()).toContain('im Vereinigten Königreich nutzt LinkedIn Mitgliederdaten ab dem 3. November 2025 (in 5 Tagen) für KI-Training.');
  });
});

describe('how long ago, counted in the singular for one and the plural for more', () => {
  // 3 November 2025 seen from 4 November (1 day), 5 November (2 days), 18 December (45 days: 1 calendar
  // month) and 3 January 2026 (2 months), with the texts of each locale.
  const spoken = {
    de: ['vor 1 Tag', 'vor 2 Tagen', 'vor 1 Monat', 'vor 2 Monaten'],
    en: ['1 day ago', '2 days ago', '1 month ago', '2 months ago'],
    fr: ['il y a 1 jour', 'il y a 2 jours', 'il y a 1 mois', 'il y a 2 mois'],
    it: ['1 giorno fa', '2 giorni fa', '1 mese fa', '2 mesi fa'],
    nl: ['1 dag geleden', '2 dagen geleden', '1 maand geleden', '2 maanden geleden'],
    es: ['hace 1 día', 'hace 2 días', 'hace 1 mes', 'hace 2 meses'],
    pl: ['1 dzień temu', '2 dni temu', '1 miesiąc temu', '2 miesiące temu'],
    pt: ['há 1 dia', 'há 2 dias', 'há 1 mês', 'há 2 meses'],
  } as const;
  it.each(LANGUAGES)('%s', (language) => {
    const days = ['2025-11-04T12:00:00', '2025-11-05T12:00:00', '2025-12-18T12:00:00', '2026-01-03T12:00:00'];
    const messages = LOCALES[language];
    const relative = days.map((now) => timeline('2025-11-03', new Date(now), 'yyyy-MM-dd', language, messages.intro));
    expect(relative).toEqual(spoken[language].map((words) => messages.intro.since.replace('{date}', '2025-11-03').replace('{relative}', words)));
  });
});

describe('how long ago, and when to look again', () => {
  it.each([
    ['2026-08-20T09:00:00Z', 'de', 'vor 3 Monaten'],
    ['2026-08-20T09:00:00Z', 'en', '3 months ago'],
    ['2026-11-23T10:30:00Z', 'en', '1 day ago'],
  ] as const)('%s in %s: %s', (date, language, expected) => {
    expect(ago(date, new Date('2026-11-24T10:30:00Z'), language)).toBe(expected);
  });

  it('a re-check is due a number of months after the confirmation', () => {
    expect(recheckDueAt('2026-05-24T10:00:00.000Z', 6).toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });

  it('instructions are outdated 12 months after they were last checked', () => {
    expect(isOutdated('2026-11', new Date('2027-10-31T12:00:00Z'))).toBe(false);
    expect(isOutdated('2026-11', new Date('2027-11-02T12:00:00Z'))).toBe(true);
  });
});

const confirmedOn = (date: string, selected = ['generative-ai']) => ({
  version: 1,
  settings: { language: 'en', platform: 'web', region: 'us', selected },
  guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: date } } },
});

describe('status --check (for cron jobs and shell profiles)', () => {
  it('exit 0 when everything chosen is done and not due, with the date of the next re-check', async () => {
    const app = createHarness({ tty: false });
    app.seed(confirmedOn('2026-08-24T10:00:00.000Z'));
    expect(await app.run(['status', '--check'])).toBe(0);
    expect(app.terminal.flatText()).toContain('✓ Switch off AI training – done on 24 August 2026 (3 months ago), on the website');
    expect(app.terminal.flatText()).toContain('Everything that applies is done; the next re-check is due on 24 February 2027.');
    expect(app.stderr()).toBe('');
  });

  it('exit 3 when a re-check is due (6 months by default), and says so', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    app.seed({ ...confirmedOn('2026-05-01T10:00:00.000Z'), settings: { ...confirmedOn('').settings, language: 'de' } });
    expect(await app.run(['status', '--check'])).toBe(3);
    expect(app.terminal.flatText()).toContain('↻ Nachprüfen seit dem 1. November 2026 fällig: vor mehr als 6 Monaten bestätigt.');
    // The summary counts what the lines above show, and nothing that is not there.
    expect(app.terminal.flatText()).toContain('Noch nicht erledigt: 1 fällige Nachprüfung.');
    expect(app.terminal.flatText()).not.toContain('0 offen');
    expect(app.stderr()).toBe('');
  });

  it('--recheck-after moves the due date', async () => {
    const app = createHarness({ tty: false });
    app.seed(confirmedOn('2026-05-01T10:00:00.000Z'));
    expect(await app.run(['status', '--check', '--recheck-after', '12'])).toBe(0);
    expect(await app.run(['status', '--check', '--recheck-after', '3'])).toBe(3);
  });

  it.each([
    ['en', 'Re-check due since 1 June 2026: confirmed more than 1 month ago.'],
    ['de', 'Nachprüfen seit dem 1. Juni 2026 fällig: vor mehr als 1 Monat bestätigt.'],
    ['fr', 'Vérification à refaire depuis le 1er juin 2026 : la confirmation date de plus de 1 mois.'],
    ['it', 'Da ricontrollare (scadenza: 1º giugno 2026): la conferma risale a più di 1 mese fa.'],
    ['nl', 'Nieuwe controle nodig sinds 1 juni 2026: meer dan 1 maand geleden bevestigd.'],
    ['es', 'Nueva comprobación pendiente desde el 1 de junio de 2026: confirmado hace más de 1 mes.'],
    ['pt', 'Nova verificação pendente desde 1 de junho de 2026: confirmado há mais de 1 mês.'],
    ['pl', 'Ponowne sprawdzenie zalecane od 1 czerwca 2026: potwierdzono ponad 1 miesiąc temu.'],
  ] as const)('--recheck-after 1 in %s: one month, in the singular', async (language, expected) => {
    const app = createHarness({ tty: false });
    app.seed({ ...confirmedOn('2026-05-01T10:00:00.000Z'), settings: { ...confirmedOn('').settings, language } });
    expect(await app.run(['status', '--recheck-after', '1', '--lang', language])).toBe(0);
    expect(app.terminal.flatText()).toContain(expected);
  });

  it('exit 3 when something chosen is still open; without --check the exit code stays 0', async () => {
    const app = createHarness({ tty: false });
    app.seed(confirmedOn('2026-11-20T10:00:00.000Z', ['generative-ai', 'research-data']));
    expect(await app.run(['status', '--check'])).toBe(3);
    expect(await app.run(['status'])).toBe(0);
    expect(app.terminal.flatText()).toContain('Not done yet: 1 open.');
  });

  it('the summary agrees with its lines: not confirmed, started, open and waiting counted apart', async () => {
    const app = createHarness({ tty: false });
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'uk' },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'no', at: '2026-11-20T10:00:00.000Z' } },
        'research-data': { platform: 'web', steps: {}, verification: { result: 'unsure', at: '2026-11-20T10:00:00.000Z' } },
        'microsoft-ads': { platform: 'web', steps: { settings: { doneAt: '2026-11-20T10:00:00.000Z' } } },
        'objection-form': {
          platform: 'web',
          steps: { send: { doneAt: '2026-11-21T10:00:00.000Z' } },
          verification: { result: 'waiting', at: '2026-11-21T10:00:00.000Z' },
        },
      },
    });
    expect(await app.run(['status', '--check'])).toBe(3);
    const screen = app.terminal.flatText();
    expect(screen).toContain("◐ Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 21 November 2026");
    expect(screen).toContain('Not done yet: 2 not confirmed, 1 started, 1 waiting for LinkedIn.');
  });

  it('waiting for LinkedIn is not failing: status --check passes while the form waits for its answer', async () => {
    const app = createHarness({ tty: false });
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T10:00:00.000Z' } },
        'objection-form': {
          platform: 'web',
          steps: { send: { doneAt: '2026-11-21T10:00:00.000Z' } },
          verification: { result: 'waiting', at: '2026-11-21T10:00:00.000Z' },
        },
      },
    });
    expect(await app.run(['status', '--check'])).toBe(0);
    expect(app.terminal.flatText()).toContain("Nothing to do until 21 December 2026: the objection is waiting for LinkedIn's answer.");
  });

  it('exit 3 when nothing is recorded yet', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['status', '--check'])).toBe(3);
  });

  it.each([['0'], ['121'], ['six'], ['1.5'], ['']])('--recheck-after %j is refused with exit 2', async (value) => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await app.run(['status', '--recheck-after', value])).toBe(2);
    expect(app.stderr()).toBe(`--recheck-after needs a whole number of months from 1 to 120, not “${value}”.\n`);
  });
});

describe('instructions not checked for over a year', () => {
  it('the checklist and the guide warn that the menus may have changed', async () => {
    const later = new Date('2028-01-15T10:00:00Z');
    const reader = createHarness({ tty: false, now: later });
    expect(await reader.run(['checklist', '--lang', 'en', '--region', 'us'])).toBe(0);
    expect(reader.terminal.flatText()).toContain('These instructions are as of November 2026, more than a year ago');
    const fresh = createHarness({ tty: false });
    expect(await fresh.run(['checklist', '--lang', 'en', '--region', 'us'])).toBe(0);
    expect(fresh.terminal.flatText()).not.toContain('more than a year ago');

    const app = createHarness({ now: later });
    const exit = app.run(['--lang', 'de', '--platform', 'app', '--region', 'eu']);
    await app.terminal.answer('Wie möchten Sie vorgehen?');
    await app.terminal.cancelAt('Schritt 1 von 4');
    expect(await exit).toBe(130);
    expect(app.terminal.flatText()).toContain('Der Stand dieser Anleitung, November 2026, ist über ein Jahr alt');
  });
});
