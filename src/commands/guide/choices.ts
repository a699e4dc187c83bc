import type { Platform, VerificationResult } from '../../core/catalogue.js';

/** What the person can answer at a point of a guide. */
export type StepAction =
  | 'open'
  | 'qr'
  | 'menus'
  | 'done'
  | 'already'
  | 'from-start'
  | 'cant-find'
  | 'text'
  | 'back'
  | 'stop'
  | 'not-sent'
  | 'reopen'
  | 'go-on'
  | VerificationResult;

/**
 * Where the person is:
 * - 'route': the start of a guide that has a direct link, on the website (and on the app path in a
 *   preview language, whose labels may not match the screen);
 * - 'step': a step on the way through the menus (or the form);
 * - 'last': the setting itself, asked together with the check;
 * - 'retry': after a "no" or "not sure" at the last step.
 */
export type StepKind = 'route' | 'step' | 'last' | 'retry';

export interface StepSituation {
  readonly kind: StepKind;
  readonly platform: Platform;
  /** Index of the step in the guide's path. */
  readonly index: number;
  /** The step opens the guide's link (the form's, which has no menus). */
  readonly namesLink: boolean;
  /** The guide has a way through menus to jump over ("I'm already at the setting"). */
  readonly hasMenus: boolean;
  /** The objection text can be shown here. */
  readonly offersText: boolean;
  /** The answers to the check, the default first. */
  readonly answers: readonly VerificationResult[];
  /** The person came to the last step by the direct link: "I can't find it" leads to the menus, and there is no step back. */
  readonly arrivedDirectly: boolean;
  /** This guide continues where the previous one left the person, and this is its first step: the whole way is one choice away. */
  readonly continuing?: boolean;
  /** The step sends something (the form): Enter never records it as sent. */
  readonly sends?: boolean;
}

export interface StepChoices {
  readonly actions: readonly StepAction[];
  readonly default: StepAction;
}

/**
 * Decides what a question of the guide offers, and which answer Enter gives: the shortest true path
 * first (the link on the website, the likeliest answer to a check), the way out always at hand.
 */
export function stepChoices(situation: StepSituation): StepChoices {
  const { kind, platform, index, namesLink, hasMenus, offersText, answers, arrivedDirectly, continuing, sends } = situation;
  const web = platform === 'web';
  // A step back, except at the first step and after the direct link (no menu was shown before).
  const back = index > 0 && !arrivedDirectly ? (['back'] as const) : [];
  const text = offersText ? (['text'] as const) : [];
  switch (kind) {
    case 'route':
      // On the app path (offered there for preview languages), the link comes as a QR code for the phone.
      return web ? { actions: ['open', 'menus', 'stop'], default: 'open' } : { actions: ['qr', 'menus', 'stop'], default: 'qr' };
    case 'retry':
      return { actions: [web ? 'reopen' : 'qr', ...(hasMenus ? (['menus'] as const) : []), 'go-on'], default: web ? 'reopen' : 'qr' };
    case 'last': {
      if (sends) {
        // Filling in the form takes a minute: Enter after opening it says "not sent yet", never "sent".
        const actions: StepAction[] = [...text, ...answers, 'not-sent', 'cant-find', ...back];
        return { actions, default: 'not-sent' };
      }
      const actions: StepAction[] = [...answers, ...text, 'cant-find', ...back, 'stop'];
      return { actions, default: answers[0] ?? 'stop' };
    }
    case 'step': {
      const link = namesLink ? (web ? (['open'] as const) : (['qr'] as const)) : [];
      const actions: StepAction[] = [
        ...(web ? link : []),
        'done',
        ...(web ? [] : link),
        // A step is never the setting itself: "I'm already at the setting" skips to it.
        ...(hasMenus ? (['already'] as const) : []),
        ...(continuing ? (['from-start'] as const) : []),
        'cant-find',
        ...back,
        'stop',
      ];
      return { actions, default: web && namesLink ? 'open' : 'done' };
    }
  }
}

/**
 * Answers that complete a step and earn the green mark: a step done, a switch confirmed, the form
 * sent. The rest ("can't find it", "later", "opened the link", …) get the neutral mark.
 */
export function completes(action: StepAction): boolean {
  return action === 'done' || action === 'yes' || action === 'waiting';
}
