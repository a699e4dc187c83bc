import type { GuideDefinition, Platform } from '../../core/catalogue.js';

/**
 * Where a guide's way through the menus can start when `previous` was walked just before: the steps
 * both share from the start are behind the person already (after the AI switch they are on "Data
 * privacy", where the research switch sits too). 0 when nothing is shared.
 */
export function continuesFrom(previous: GuideDefinition | undefined, next: GuideDefinition, platform: Platform): number {
  if (previous === undefined) return 0;
  const before = previous.steps[platform];
  const after = next.steps[platform];
  let shared = 0;
  // The last step of a path is a setting itself, never a way through.
  while (shared < before.length - 1 && shared < after.length - 1 && before[shared] === after[shared]) shared += 1;
  return shared;
}
