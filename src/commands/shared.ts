import { TOOL_NAME, type GuideDefinition, type Platform, type Region } from '../core/catalogue.js';
import { buildChecklist, type Checklist } from '../core/checklist.js';
import type { ProgressState } from '../core/progress.js';
import { createContext, type CommonOptions, type Context } from '../context.js';
import { loadProgress } from '../state/progress-file.js';
import type { AppDeps } from '../deps.js';

/**
 * Context and progress for a command. The language is `--lang`, else the one chosen in the guide,
 * else the detected one; platform and region likewise come from the options, else from the record.
 */
export async function openRecord(
  options: CommonOptions & { readonly platform?: Platform; readonly region?: Region },
  deps: AppDeps,
  setAside: boolean,
): Promise<{ context: Context; state: ProgressState; platform: Platform | undefined; region: Region | undefined }> {
  const detected = createContext(options, deps);
  const state = await loadProgress(detected, { setAside });
  const saved = state.settings;
  const language = options.lang === undefined && saved.language !== undefined ? detected.inLanguage(saved.language) : detected;
  const region = options.region ?? saved.region;
  return { context: language.inRegion(region), state, platform: options.platform ?? saved.platform, region };
}

export function checklistOf(
  context: Context,
  state: ProgressState,
  platform: Platform,
  region: Region | undefined,
  guides?: readonly GuideDefinition[],
): Checklist {
  return buildChecklist({
    ...(guides ? { guides } : {}),
    state,
    language: context.language,
    platform,
    region,
    messages: context.messages,
    now: context.deps.now(),
    tool: { name: TOOL_NAME, version: context.deps.version },
    command: context.command,
  });
}
