import type { VerificationResult } from '../../core/catalogue.js';
import type { StepAction, StepKind } from './choices.js';

/** What the walk needs to know about a guide on one path. */
export interface WalkShape {
  /** Number of steps; the last is the setting itself, asked together with the check. */
  readonly total: number;
  /**
   * Where the way through the menus starts (after the previous guide, the steps both share are behind
   * the person): a step of the guide, 0 to total - 1.
   */
  readonly menuStart: number;
  /** The guide has a way through menus besides its link (the form has none). */
  readonly hasMenus: boolean;
  /** The guide starts by offering its direct link (the website, or a preview language). */
  readonly routeFirst: boolean;
}

/** Where the person is in a guide. */
export interface Position {
  readonly kind: StepKind;
  readonly index: number;
  /** Came to the last step by the direct link: there is no step back, and "I can't find it" leads to the menus. */
  readonly arrivedDirectly: boolean;
  /** At 'retry': the answer given ("no" or "not sure"), recorded only if the person goes on. */
  readonly pending?: VerificationResult;
}

/** What an answer does besides moving: each is carried out by walkGuide, in order. */
export type Effect =
  | { readonly kind: 'open' | 'qr' | 'text' }
  /** Help for the step the person is at: the list of ways round, what to try when it still reads On, how to read the switch. */
  | { readonly kind: 'help'; readonly about: 'fallback' | 'still-on' | 'how-to-read' }
  /** Steps [from, to) jumped over: recorded as skipped, never as done. */
  | { readonly kind: 'skip'; readonly from: number; readonly to: number }
  | { readonly kind: 'done'; readonly step: number }
  | { readonly kind: 'verify'; readonly result: VerificationResult };

export interface Move {
  readonly next: Position | 'finished' | 'stopped';
  readonly effects: readonly Effect[];
}

function at(shape: WalkShape, index: number, arrivedDirectly = false): Position {
  return { kind: index < shape.total - 1 ? 'step' : 'last', index, arrivedDirectly };
}

/** Where a guide starts, and the steps behind the person already (where the previous guide left them). */
export function startOf(shape: WalkShape): Move {
  if (shape.routeFirst) return { next: { kind: 'route', index: 0, arrivedDirectly: false }, effects: [] };
  return toMenus(shape);
}

function toMenus(shape: WalkShape): Move {
  const { menuStart } = shape;
  return { next: at(shape, menuStart), effects: menuStart > 0 ? [{ kind: 'skip', from: 0, to: menuStart }] : [] };
}

/**
 * The guide's logic: from a position and an answer to the next position and what to do and record.
 * Nothing is recorded as done or confirmed unless the answer says so.
 */
export function move(shape: WalkShape, position: Position, action: StepAction): Move {
  const last = shape.total - 1;
  const stay = (...effects: Effect[]): Move => ({ next: position, effects });
  const direct = (effect: Effect): Move => ({ next: at(shape, last, true), effects: [effect, { kind: 'skip', from: 0, to: last }] });
  if (action === 'stop' || action === 'not-sent') return { next: 'stopped', effects: [] };
  switch (position.kind) {
    case 'route':
      if (action === 'open' || action === 'qr') return direct({ kind: action });
      return toMenus(shape);
    case 'step':
      switch (action) {
        case 'done':
          return { next: at(shape, position.index + 1), effects: [{ kind: 'done', step: position.index }] };
        case 'open':
          return { next: at(shape, position.index + 1), effects: [{ kind: 'open' }, { kind: 'done', step: position.index }] };
        case 'already':
          return { next: at(shape, last), effects: [{ kind: 'skip', from: position.index, to: last }] };
        case 'from-start':
          return { next: at(shape, 0), effects: [] };
        case 'qr':
          return stay({ kind: 'qr' });
        case 'back':
          return { next: at(shape, position.index - 1), effects: [] };
        default:
          return stay({ kind: 'help', about: 'fallback' });
      }
    case 'last':
      switch (action) {
        case 'yes':
        case 'waiting':
          return {
            next: 'finished',
            effects: [
              { kind: 'done', step: position.index },
              { kind: 'verify', result: action },
            ],
          };
        case 'no':
        case 'unsure':
          return {
            next: { ...position, kind: 'retry', pending: action },
            effects: [{ kind: 'help', about: action === 'no' ? 'still-on' : 'how-to-read' }],
          };
        case 'text':
          return stay({ kind: 'text' });
        case 'back':
          return { next: at(shape, position.index - 1), effects: [] };
        default:
          // "I can't find it": after the link, the way through the menus; on the menus, the ways round.
          if (position.arrivedDirectly && shape.hasMenus) return { next: at(shape, shape.menuStart), effects: [] };
          return stay({ kind: 'help', about: 'fallback' });
      }
    case 'retry':
      switch (action) {
        case 'reopen':
          return { next: at(shape, last, true), effects: [{ kind: 'open' }] };
        case 'qr':
          return { next: at(shape, last, position.arrivedDirectly), effects: [{ kind: 'qr' }] };
        case 'menus':
          return { next: at(shape, shape.menuStart), effects: [] };
        default:
          return { next: 'finished', effects: [{ kind: 'verify', result: position.pending ?? 'unsure' }] };
      }
  }
}
