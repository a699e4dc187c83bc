import { LANGUAGE_FACTS, LANGUAGES, PLATFORMS, REGIONS, type Language, type Platform, type Region } from '../../core/catalogue.js';
import { regionOfLocale } from '../../core/language.js';
import { chosenGuides, guideProgress } from '../../core/progress.js';
import { isWithLinkedIn, recordedStanding } from '../../core/standing.js';
import type { Context } from '../../context.js';
import { select } from '../../terminal/prompts.js';
import type { Session } from './session.js';

export type NextMove = 'resume' | 'recheck' | 'start-over' | 'quit';

export async function askLanguage(context: Context, saved: Language | undefined): Promise<Language> {
  // Asked in every language at once, each option in its own language, from the catalogue: no other
  // language's locale file is read. A word two languages share ("Idioma") is asked once. A screen
  // reader says "/" ("divided by"): in accessible mode, commas.
  const message = [...new Set(LANGUAGES.map((code) => LANGUAGE_FACTS[code].question))].join(context.accessible ? ', ' : ' / ');
  const choices = LANGUAGES.map((code) => ({ value: code, name: LANGUAGE_FACTS[code].name }));
  return select(context, message, choices, saved ?? context.language);
}

export async function askPlatform(context: Context): Promise<Platform> {
  const { platform } = context.messages.questions;
  return select(
    context,
    platform.message,
    PLATFORMS.map((value) => ({ value, name: platform[value] })),
  );
}

export async function askRegion(context: Context): Promise<Region> {
  return select(
    context,
    context.messages.questions.region.message,
    REGIONS.map((value) => ({ value, name: context.messages.regions[value] })),
    regionOfLocale(context.deps.env, context.deps.platform, context.deps.systemLocale),
  );
}

/** For a returning person: continue, re-check what was answered (first when one is due), start over or quit. */
export async function askNextMove(session: Session, platform: Platform, region: Region | undefined, recheckFirst: boolean): Promise<NextMove> {
  const { resume } = session.context.messages;
  const guides = chosenGuides(session.state, region);
  const progress = guides.map((guide) => ({ guide, ...guideProgress(session.state, guide, platform) }));
  const anyOpen = progress.some((entry) => {
    const standing = recordedStanding(entry.guide, entry);
    return standing !== 'done' && !isWithLinkedIn(standing);
  });
  const anyAnswered = progress.some((entry) => entry.record?.verification !== undefined);
  const resumeChoice = anyOpen ? [{ value: 'resume' as const, name: resume.resume }] : [];
  const recheckChoice = anyAnswered ? [{ value: 'recheck' as const, name: resume.recheck }] : [];
  const choices = [
    ...(recheckFirst ? [...recheckChoice, ...resumeChoice] : [...resumeChoice, ...recheckChoice]),
    { value: 'start-over' as const, name: resume.startOver },
    { value: 'quit' as const, name: resume.quit },
  ];
  return select(session.context, resume.question, choices);
}
