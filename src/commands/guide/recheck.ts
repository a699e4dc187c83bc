import type { GuideDefinition, Platform, Region, VerificationResult } from '../../core/catalogue.js';
import { guideText } from '../../core/checklist.js';
import { chosenGuides, guideProgress } from '../../core/progress.js';
import { select } from '../../terminal/prompts.js';
import { saveCheck } from './record.js';
import type { Session } from './session.js';
import { openLink, printGuideIntro, renderer, showQr } from './show.js';
import { choiceFor } from './steps.js';

type Look = 'open' | 'qr' | 'looking' | 'skip';

/**
 * The re-check: for each guide answered before, opens the setting first (Enter) and asks only then;
 * answering without opening it is a choice of its own. A re-check that finds the same keeps the day
 * of the switch or the send and adds the day of the check (see recordVerification).
 */
export async function recheck(session: Session, platform: Platform, region: Region): Promise<void> {
  const { context } = session;
  context.print();
  context.say(context.messages.recheck.intro);
  const answered = chosenGuides(session.state, region).filter((guide) => guideProgress(session.state, guide, platform).record?.verification !== undefined);
  for (const guide of answered) {
    printGuideIntro(session, guide, region);
    // The form's check is about LinkedIn's e-mail, which needs no link.
    if (guide.sentStep === undefined && !(await look(session, guide, platform))) continue;
    await saveCheck(session, guide, platform, await askCheck(session, guide, platform));
  }
}

/** Opens the setting (or shows its link for the phone) before anything is asked; false when the person skips this guide. */
async function look(session: Session, guide: GuideDefinition, platform: Platform): Promise<boolean> {
  const { context } = session;
  const { recheck: texts } = context.messages;
  const render = renderer(session, guide);
  const link = choiceFor(session, guide, platform === 'web' ? 'open' : 'qr');
  context.print();
  const choice = await select<Look>(
    context,
    render(texts.open),
    [
      { value: platform === 'web' ? 'open' : 'qr', name: link.name },
      { value: 'looking', name: texts.looking },
      { value: 'skip', name: texts.skip },
    ],
    undefined,
    // Opening the link says so itself.
    { announces: (value) => value === 'open' },
  );
  if (choice === 'open') await openLink(session, guide);
  else if (choice === 'qr') await showQr(session, guide);
  return choice !== 'skip';
}

/** The check itself; after a "no" or "not sure", what to try (naming the choice below), then look again or keep the answer. */
async function askCheck(session: Session, guide: GuideDefinition, platform: Platform): Promise<VerificationResult> {
  const { context } = session;
  const { messages } = context;
  const { meta } = messages;
  const text = guideText(messages, guide.id);
  const render = renderer(session, guide);
  for (;;) {
    context.print();
    const answers = guide.answers.map((result) => ({
      value: result,
      name: render((text.verify.answers as Record<string, string>)[result] ?? result),
    }));
    const result = await select<VerificationResult>(context, render(text.verify.question), answers, undefined, { completes: (value) => value === 'yes' });
    if (result !== 'no' && result !== 'unsure') return result;
    const again = choiceFor(session, guide, platform === 'web' ? 'reopen' : 'qr');
    context.say(render(result === 'no' ? messages.step.stillOn : messages.step.howToRead, { choice: `${meta.quoteOpen}${again.name}${meta.quoteClose}` }));
    const retry = await select(context, messages.step.retry, [again, choiceFor(session, guide, 'go-on')]);
    if (retry === 'go-on') return result;
    if (retry === 'reopen') await openLink(session, guide);
    else await showQr(session, guide);
  }
}
