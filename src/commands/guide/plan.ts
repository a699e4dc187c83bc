import { formatDate } from '../../core/dates.js';
import { GUIDES, guidesFor, MAIN_GUIDE, type GuideId, type Region } from '../../core/catalogue.js';
import { fill, optionalText } from '../../core/messages.js';
import { choose, select } from '../../terminal/prompts.js';
import type { Session } from './session.js';

/**
 * The plan: which guides apply to the region, each with one short reason, and why a guide does not
 * apply. One answer does them all; "Let me choose" is the alternative. Returns the chosen ids.
 */
export async function choosePlan(session: Session, region: Region): Promise<GuideId[]> {
  const { context } = session;
  const { plan, guides, checklist, meta } = context.messages;
  const applicable = guidesFor(region);
  context.print();
  // Heard, the region was just said ("Taken: …"): the accessible heading does not repeat it.
  context.say(context.accessible ? context.messages.accessible.planHeading : fill(plan.heading, { region: context.messages.regions[region] }));
  // Heard, a numbered list right before the question's numbered answers is one list: in accessible
  // mode the guides are not numbered, and the aside is not in brackets.
  const { accessible } = context;
  applicable.forEach((guide, index) => {
    const unclear = guide.unclearIn?.includes(region) ? (accessible ? `, ${plan.unclear}` : ` (${plan.unclear})`) : '';
    const item = fill(plan.item, { title: guides[guide.id].title, why: `${guides[guide.id].why}${unclear}` });
    if (accessible) context.say(item);
    else context.say(item, `  ${index + 1}. `, '     ');
  });
  for (const guide of GUIDES.filter((candidate) => !applicable.includes(candidate))) {
    const why = optionalText(guides[guide.id], 'whyNot') ?? '';
    context.say(context.style.dim(fill(plan.notApplicable, { title: guides[guide.id].title, why })), '  ', '  ');
  }
  // Said once per run: what the instructions rest on.
  const month = formatDate(GUIDES[0]?.asOf ?? '', meta.monthFormat, context.language);
  context.say(context.style.dim(fill(checklist.asOf, { month })));
  const all = applicable.map((guide) => guide.id);
  const how = await select(
    context,
    plan.question,
    [
      { value: 'all' as const, name: plan.all },
      { value: 'choose' as const, name: plan.choose },
    ],
    'all',
  );
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
