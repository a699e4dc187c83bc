// The language-independent facts of the guides, each written once. Texts for every id below live in
// locales/<language>.json; tests/unit/locales.test.ts fails when a locale lacks one or has one too many.
// Source for every fact: docs/FACTS.md (section numbers in the comments).

// The languages and what is true of each whatever the text: src/core/language-facts.ts.
import { LANGUAGES, type Language } from './language-facts.js';

export { LANGUAGE_FACTS, LANGUAGES, type Language, type LanguageFacts, type PluralForm, type PluralRule } from './language-facts.js';

export const PLATFORMS = ['web', 'app'] as const;
export type Platform = (typeof PLATFORMS)[number];

// FACTS §2, §3, §6: Switzerland gets the EU's guides, its own authority and Swiss German spelling.
export const REGIONS = ['eu', 'ch', 'uk', 'us', 'other'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The region a locale's country suggests, to preselect the region question (the answer is still the
 * person's): the EU's 27 members and the EEA's Iceland, Liechtenstein and Norway, Switzerland, the
 * UK and the US; the Spanish- and Portuguese-speaking countries outside Europe are "elsewhere"
 * (Puerto Rico, a US territory whose place in LinkedIn's regions no source gives, is left out). Any
 * other country preselects nothing.
 */
export const REGION_OF_COUNTRY: Readonly<Record<string, Region>> = {
  ...Object.fromEntries(
    'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ').map((country) => [country, 'eu' as const]),
  ),
  ...Object.fromEntries(
    'AR BO CL CO CR CU DO EC GQ GT HN MX NI PA PE PY SV UY VE AO BR CV GW MO MZ ST TL'.split(' ').map((country) => [country, 'other' as const]),
  ),
  CH: 'ch',
  GB: 'uk',
  US: 'us',
};

// FACTS §1, §2, §3, §5. Only these pages are ever shown or opened (tests/unit/links.test.ts).
export const LINKS = {
  generativeAiSetting: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  generativeAiHelp: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
  generativeAiFaq: 'https://www.linkedin.com/help/linkedin/answer/a5538339',
  objectionForm: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
  // FACTS §2: the Data Protection Officer's own form, a step before a complaint.
  dpoForm: 'https://www.linkedin.com/help/linkedin/ask/TSO-DPO',
  // FACTS §3: the link is single-source; shown with that caveat.
  researchSetting: 'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research',
  privacySettings: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
  // FACTS §3: from LinkedIn's US notice (the older .../d/settings/share-data-with-select-partners
  // was replaced in Feb 2026); that it opens this toggle is inferred, so the guide says so.
  partnerSharingSetting: 'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners',
  adsSettings: 'https://www.linkedin.com/mypreferences/d/categories/ads',
  partnerSharingHelp: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
  // FACTS §2: the EDPB's list of the data-protection authorities in the EU and EEA, for complaints.
  dpaList: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
} as const;

export function isAllowedLink(url: string): boolean {
  return (Object.values(LINKS) as string[]).includes(url);
}
export type LinkId = keyof typeof LINKS;

// FACTS §3, §4: AI training in the EU, EEA, Switzerland, UK (and Canada, Hong Kong), and ad data
// sharing with Microsoft outside the EU/EEA/CH, from this day.
export const TERMS_CHANGE_DATE = '2025-11-03';

export const GUIDE_IDS = ['generative-ai', 'research-data', 'microsoft-ads', 'objection-form'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

/**
 * The answer to a guide's check. For the objection form, `yes` means LinkedIn confirmed it; `waiting`
 * that it was sent and no answer came yet; `extended` that LinkedIn said it needs two more months
 * (Art. 12(3) GDPR); `refused` and `no-answer` (none even after a follow-up) are LinkedIn's answer as
 * the person recorded it (`objection --outcome`).
 */
export const VERIFICATION_RESULTS = ['yes', 'no', 'unsure', 'waiting', 'extended', 'refused', 'no-answer'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

/** Where a setting is changed when nothing says otherwise (no option, nothing recorded): the website. */
export const DEFAULT_PLATFORM: Platform = 'web';

/** Months after a switch was last seen "Off" that a re-check is due, unless `--recheck-after` says otherwise. */
export const DEFAULT_RECHECK_MONTHS = 6;

/** The main switch: offered first and always part of the guide; every other guide can be left out. */
export const MAIN_GUIDE: GuideId = 'generative-ai';

export interface GuideDefinition {
  readonly id: GuideId;
  /** Regions in which LinkedIn offers this control. */
  readonly regions: readonly Region[];
  /** The step that sends something (the form); the receipt gives its date. */
  readonly sentStep?: string;
  /** The step at which the objection text is offered (see the `objection` command). */
  readonly textStep?: string;
  /** Regions for which the sources do not say whether the control applies; offered with that caveat. */
  readonly unclearIn?: readonly Region[];
  /** Year and month of the sources the instructions follow (nobody tested them on a live account). */
  readonly asOf: string;
  /** The answers to the check, the likeliest first (it is the default). */
  readonly answers: readonly VerificationResult[];
  /** Opens the setting itself; shown on the website path and as a fallback on the app path. */
  readonly directLink: LinkId;
  /** Where to read more when a label does not match. */
  readonly helpLink: LinkId;
  /**
   * The way there, one step per screen; the last step is the setting itself and is asked together
   * with the check. Guides that share the first steps of a path continue from where the previous
   * one left the person (see continuesFrom in src/commands/guide/route.ts).
   */
  readonly steps: Readonly<Record<Platform, readonly string[]>>;
}

// In the order they are walked through: guides that share a way through the settings follow each
// other, so each continues where the previous one left the person; the form comes last.
export const GUIDES: readonly GuideDefinition[] = [
  {
    // FACTS §1: every region; web and app paths differ in where the profile picture is.
    id: 'generative-ai',
    regions: ['eu', 'ch', 'uk', 'us', 'other'],
    asOf: '2026-11',
    answers: ['yes', 'no', 'unsure'],
    directLink: 'generativeAiSetting',
    helpLink: 'generativeAiHelp',
    // What is done on one screen is one step: the profile menu and its settings entry; the group and
    // its item on the Data privacy page.
    steps: {
      web: ['settings', 'data-privacy', 'generative-ai-setting', 'switch-off'],
      app: ['settings', 'data-privacy', 'generative-ai-setting', 'switch-off'],
    },
  },
  {
    // FACTS §3: every region; labels from one or two sources, the link from one; the TLfDI advises
    // switching it off.
    id: 'research-data',
    regions: ['eu', 'ch', 'uk', 'us', 'other'],
    asOf: '2026-11',
    answers: ['yes', 'no', 'unsure'],
    directLink: 'researchSetting',
    helpLink: 'privacySettings',
    steps: {
      web: ['settings', 'data-privacy', 'research-setting', 'switch-off'],
      app: ['settings', 'data-privacy', 'research-setting', 'switch-off'],
    },
  },
  {
    // FACTS §3: Microsoft ad sharing from 3 Nov 2025 outside the EU/EEA/CH; unclear for the UK.
    id: 'microsoft-ads',
    regions: ['uk', 'us', 'other'],
    unclearIn: ['uk'],
    asOf: '2026-11',
    answers: ['yes', 'no', 'unsure'],
    directLink: 'partnerSharingSetting',
    helpLink: 'partnerSharingHelp',
    steps: {
      web: ['settings', 'advertising-data', 'partner-sharing-setting', 'switch-off'],
      app: ['settings', 'advertising-data', 'partner-sharing-setting', 'switch-off'],
    },
  },
  {
    // FACTS §2: the objection under art. 21 GDPR is offered in the EU, EEA, Switzerland and the UK.
    id: 'objection-form',
    regions: ['eu', 'ch', 'uk'],
    textStep: 'send',
    sentStep: 'send',
    asOf: '2026-11',
    // Right after sending, LinkedIn's e-mail has usually not come yet: "not yet" is the default.
    answers: ['waiting', 'yes'],
    directLink: 'objectionForm',
    helpLink: 'generativeAiFaq',
    steps: {
      web: ['open-form', 'send'],
      app: ['open-form', 'send'],
    },
  },
];

/**
 * The page a shared first step leaves the person on, as the label key each guide's texts use: a guide
 * that continues where the previous one left the person names it (FACTS §1, §3).
 */
export const PAGE_AFTER_STEP: Readonly<Record<string, Readonly<Record<Platform, string>>>> = {
  settings: { web: 'settingsAndPrivacy', app: 'settings' },
  'data-privacy': { web: 'dataPrivacy', app: 'dataPrivacy' },
};

export function guidesFor(region: Region | undefined): readonly GuideDefinition[] {
  if (region === undefined) return GUIDES;
  return GUIDES.filter((guide) => guide.regions.includes(region));
}

/**
 * Whether the objection form (and with it the GDPR's Art. 21) is offered where the profile is: in
 * the EU, EEA, Switzerland and the UK, where LinkedIn has trained on members' data since 3 November
 * 2025 (FACTS §4); elsewhere the texts neither point to the form nor date the training by that day.
 * An unknown region counts as Europe, as the checklist of every region lists the form.
 */
export function formOffered(region: Region | undefined): boolean {
  return region === undefined || GUIDES.some((guide) => guide.sentStep !== undefined && guide.regions.includes(region));
}

export function findGuide(id: string): GuideDefinition | undefined {
  return GUIDES.find((guide) => guide.id === id);
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
export function isPlatform(value: unknown): value is Platform {
  return (PLATFORMS as readonly unknown[]).includes(value);
}
export function isRegion(value: unknown): value is Region {
  return (REGIONS as readonly unknown[]).includes(value);
}

/** What the person can record as LinkedIn's answer to the objection (`objection --outcome`). */
export const OUTCOMES = ['confirmed', 'extended', 'refused', 'no-answer'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const TOOL_NAME = 'linkedin-ki-optout';
/** How the messages name the tool when nothing says how it was started (see commandToRunAgain in src/core/invocation.ts). */
export const RUN_COMMAND = `npx ${TOOL_NAME}`;
