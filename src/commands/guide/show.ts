import { LANGUAGE_FACTS, LINKS, type GuideDefinition, type Platform, type Region } from '../../core/catalogue.js';
import { guideText, guideValues } from '../../core/checklist.js';
import { isOutdated } from '../../core/dates.js';
import { fill, optionalText } from '../../core/messages.js';
import { bullet } from '../../core/marks.js';
import { renderText } from '../../core/text.js';
import { openInBrowser } from '../../terminal/browser.js';
import { copyToClipboard } from '../../terminal/clipboard.js';
import { qrCode, select } from '../../terminal/prompts.js';
import { clipboardFailure, composeObjection, showText } from '../objection/compose.js';
import type { Session } from './session.js';

/** Fills a text of this guide: its UI labels highlighted, links and dates put in. */
export function renderer(session: Session, guide: GuideDefinition) {
  const { context } = session;
  const values = guideValues(guide, { messages: context.messages, language: context.language, command: context.command });
  return (template: string, extra: Record<string, string> = {}) =>
    renderText(template, context.messages.meta, context.style, context.messages.labels, { ...values, ...extra });
}

/** Whether the guide shows its direct link on this path: on the website, and as a QR code in a preview language. */
export function showsLink(session: Session, platform: Platform, guide: GuideDefinition): boolean {
  return (
    optionalText(guideText(session.context.messages, guide.id), 'direct') === undefined ||
    platform === 'web' ||
    LANGUAGE_FACTS[session.context.language].preview
  );
}

/**
 * The title and what only this guide has to say here: a note for the region, and that the
 * instructions may be outdated. What it covers and how sure its sources are is in the plan's "Tell
 * me more first" and in the checklist.
 */
export function printGuideIntro(
  session: Session,
  guide: GuideDefinition,
  region: Region,
  position?: { readonly current: number; readonly total: number },
): void {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  context.print();
  // Heard, not seen: "Guide 1 of 3" says where the person is in the plan.
  const heading = context.accessible && position ? fill(context.messages.accessible.guideHeading, { ...position, title: text.title }) : text.title;
  context.say(context.style.heading(heading));
  const regionNote = optionalText(text.regionNotes, region);
  if (regionNote !== undefined) context.say(render(regionNote));
  if (isOutdated(guide.asOf, context.deps.now())) context.say(context.style.warn(render(context.messages.checklist.outdated)));
}

/**
 * The ways round when a label does not match. Before the person is in the settings (the first step
 * of the way through the menus), the settings page's search box is out of reach and not offered.
 */
export function printFallback(session: Session, guide: GuideDefinition, platform: Platform, inSettings: boolean): void {
  const { context } = session;
  const render = renderer(session, guide);
  const text = guideText(context.messages, guide.id);
  context.say(context.style.warn(context.messages.step.fallbackHeading));
  const local = optionalText(text.localFallback, platform);
  const lines = [...text.fallback[platform], ...(local === undefined ? [] : [local])].filter((line) => inSettings || !/\{\w+Search\}/.test(line));
  for (const line of lines) context.say(render(line), bullet(context.style), '    ');
}

export async function openLink(session: Session, guide: GuideDefinition): Promise<void> {
  const { context } = session;
  const link = LINKS[guide.directLink];
  const opened = await openInBrowser(link, context.deps.platform, context.deps.env);
  // Read aloud, an address is noise ("https colon slash slash …"): said, not spelled, once the browser has it.
  if (opened && context.accessible) return void context.say(context.messages.accessible.opened);
  context.say(
    opened ? context.style.dim(fill(context.messages.links.opened, { link })) : context.style.warn(fill(context.messages.links.openFailed, { link })),
  );
}

export async function showQr(session: Session, guide: GuideDefinition): Promise<void> {
  const { context } = session;
  const link = LINKS[guide.directLink];
  if (context.accessible) {
    context.say(fill(context.messages.links.phoneHint, { link }));
    return;
  }
  context.print();
  context.print(await qrCode(link));
  context.say(fill(context.messages.links.qrHint, { link }));
}

/** Composes the objection (name, e-mail, reasons asked, never stored), shows it, and puts exactly that text on the clipboard if asked. */
export async function showObjectionText(session: Session): Promise<void> {
  const { context } = session;
  const { objection } = context.messages;
  context.print();
  const text = await composeObjection(context, {}, true, (line) => context.say(line), session.state.settings.region);
  context.print();
  showText(context, text);
  context.print();
  const copy = await select(context, context.messages.step.retry, [
    { value: true, name: objection.copy },
    { value: false, name: objection.dontCopy },
  ]);
  if (!copy) return;
  const copied = await copyToClipboard(text, context.deps.platform, context.deps.env);
  if ('program' in copied) {
    context.say(context.style.dim(fill(objection.copied, { program: copied.program })));
    return;
  }
  context.say(context.style.warn(clipboardFailure(copied.failures, context.messages)));
  showText(context, text);
}
