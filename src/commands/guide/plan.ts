import { formatDate, timeline } from '../../core/dates.js';
import {
  formOffered,
  GUIDES,
  guidesFor,
  MAIN_GUIDE,
  TERMS_CHANGE_DATE,
  type GuideDefinition,
  type GuideId,
  type Platform,
  type Region,
} from '../../core/catalogue.js';
import { guideText } from '../../core/checklist.js';
import { fill, optionalText } from '../../core/messages.js';
import { choose, select } from '../../terminal/prompts.js';
import type { Session } from './session.js';
import { renderer, showsLink } from './show.js';

/**
 * The plan: the titles of the guides that apply to the region, and one question. One answer does
 * them all; "Let me choose" is the alternative; "Tell me more first" prints why each guide is there,
 * what it covers and does not, and how sure the sources are, then asks again. Returns the chosen ids.
 */
export async function choosePlan(session: Session, region: Region, platform: Platform): Promise<GuideId[]> {
  const { context } = session;
  const { plan, guides } = context.messages;
  const applicable = guidesFor(region);
  context.print();
  context.say(plan.heading);
  // Heard, a numbered list right before the question's numbered answers is one list: in accessible
  // mode the guides are not numbered, and the aside is not in brackets.
  const { accessible } = context;
  applicable.forEach((guide, index) => {
    const unclear = guide.unclearIn?.includes(region) ? (accessible ? `, ${plan.unclear}` : ` (${plan.unclear})`) : '';
    const item = `${guides[guide.id].title}${unclear}`;
    if (accessible) context.say(item);
    else context.say(item, `  ${index + 1}. `, '     ');
  });
  const all = applicable.map((guide) => guide.id);
  let how: 'all' | 'choose' | 'more' = 'more';
  for (let told = false; how === 'more'; told = true) {
    // Enter takes the first answer: all of them.
    how = await select(context, plan.question, [
      { value: 'all' as const, name: plan.all },
      { value: 'choose' as const, name: plan.choose },
      ...(told ? [] : [{ value: 'more' as const, name: plan.more }]),
    ]);
    if (how === 'more') printDetails(session, region, platform, applicable);
  }
  if (how === 'all') return all;
  return choose(
    context,
    plan.pick,
    applicable.map((guide) => ({
      value: guide.id,
      name: guides[guide.id].title,
      checked: true,
      ...(guide.id === MAIN_GUIDE ? { fixed: plan.fixed } : {}),
    })),
  );
}

/**
 * What the plan leaves out, on request: since when and where LinkedIn trains on what (and what it
 * does not use), each guide's reason with its notes (what it covers and not, not retroactive, how sure
 * its labels and its link are), the guides that do not apply and why, and what the instructions rest on.
 */
function printDetails(session: Session, region: Region, platform: Platform, applicable: readonly GuideDefinition[]): void {
  const { context } = session;
  const { intro, plan, meta, checklist } = context.messages;
  // The date alone in accessible mode: "(over a year ago)" in brackets is heard as part of the sentence.
  const texts = context.accessible ? { ...intro, since: context.messages.accessible.since, from: context.messages.accessible.from } : intro;
  context.print();
  // Outside Europe LinkedIn has trained on members' data since 2024, and the form is not offered there.
  const europe = formOffered(region);
  if (europe) context.say(fill(intro.details, { since: timeline(TERMS_CHANGE_DATE, context.deps.now(), meta.dateFormat, context.language, texts) }));
  else context.say(intro.detailsElsewhere);
  for (const guide of applicable) {
    const text = guideText(context.messages, guide.id);
    const render = renderer(session, guide);
    context.say(context.style.heading(fill(plan.item, { title: text.title, why: text.why })));
    const keys = ['scope', europe ? 'hiring' : 'hiringNoForm', 'narrowed', 'sourceNote'];
    if (showsLink(session, platform, guide)) keys.push('linkNote');
    for (const key of keys) {
      const note = optionalText(text, key);
      if (note !== undefined) context.say(render(note), '  ', '  ');
    }
  }
  for (const guide of GUIDES.filter((candidate) => !applicable.includes(candidate))) {
    const text = guideText(context.messages, guide.id);
    context.say(context.style.dim(fill(plan.notApplicable, { title: text.title, why: optionalText(text, 'whyNot') ?? '' })));
  }
  // What the instructions rest on: the month of the sources, once for the guides that share it.
  for (const asOf of new Set(applicable.map((guide) => guide.asOf))) {
    context.say(context.style.dim(fill(checklist.asOf, { month: formatDate(asOf, meta.monthFormat, context.language) })));
  }
}
