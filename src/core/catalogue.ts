// The language-independent facts of the guides, each written once. Texts for every id below live in
// locales/<language>.json; tests/unit/locales.test.ts fails when a locale lacks one or has one too many.
// Source for every fact: ../shared/FACTS.md (section numbers in the comments).

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PLATFORMS = ['web', 'app'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const REGIONS = ['eu', 'uk', 'us', 'other'] as const;
export type Region = (typeof REGIONS)[number];

// FACTS §1, §2, §5. Only these pages are ever shown as links.
export const LINKS = {
  generativeAiSetting: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  generativeAiHelp: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
  generativeAiFaq: 'https://www.linkedin.com/help/linkedin/answer/a5538339',
  objectionForm: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
} as const;
export type LinkId = keyof typeof LINKS;

// FACTS §4: EU, EEA, Switzerland, UK (and Canada, Hong Kong) from this day.
export const TRAINING_START_EUROPE = '2025-11-03';

export const GUIDE_IDS = ['generative-ai', 'objection-form'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export interface GuideDefinition {
  readonly id: GuideId;
  /** Regions in which LinkedIn offers this control. */
  readonly regions: readonly Region[];
  /** Year and month the instructions were last compared with the sources. */
  readonly lastChecked: string;
  /** Opens the setting itself; shown on the website path and as a fallback on the app path. */
  readonly directLink: LinkId;
  /** Where to read more when a label does not match. */
  readonly helpLink: LinkId;
  readonly steps: Readonly<Record<Platform, readonly string[]>>;
}

export const GUIDES: readonly GuideDefinition[] = [
  {
    // FACTS §1: every region; web and app paths differ in where the profile picture is.
    id: 'generative-ai',
    regions: ['eu', 'uk', 'us', 'other'],
    lastChecked: '2026-11',
    directLink: 'generativeAiSetting',
    helpLink: 'generativeAiHelp',
    steps: {
      web: ['profile-menu', 'settings', 'data-privacy', 'how-linkedin-uses-data', 'generative-ai-setting', 'switch-off'],
      app: ['profile-menu', 'settings', 'data-privacy', 'how-linkedin-uses-data', 'generative-ai-setting', 'switch-off'],
    },
  },
  {
    // FACTS §2: the objection under art. 21 GDPR is offered in the EU, EEA, Switzerland and the UK.
    id: 'objection-form',
    regions: ['eu', 'uk'],
    lastChecked: '2026-11',
    directLink: 'objectionForm',
    helpLink: 'generativeAiFaq',
    steps: {
      web: ['open-form', 'choose-objection', 'send'],
      app: ['open-form', 'choose-objection', 'send'],
    },
  },
];

export function guidesFor(region: Region | undefined): readonly GuideDefinition[] {
  if (region === undefined) return GUIDES;
  return GUIDES.filter((guide) => guide.regions.includes(region));
}

export function findGuide(id: string): GuideDefinition | undefined {
  return GUIDES.find((guide) => guide.id === id);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}
export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

export const TOOL_NAME = 'linkedin-ki-optout';
/** How the messages tell people to start the tool again; works whether or not it is installed. */
export const RUN_COMMAND = `npx ${TOOL_NAME}`;
