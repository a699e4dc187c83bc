/** A progress file with the AI switch confirmed (two steps recorded) and the objection answered "no". */
export const DONE_STATE = {
  version: 1,
  settings: { language: 'en', platform: 'web', region: 'eu' },
  guides: {
    'generative-ai': {
      platform: 'web',
      steps: { settings: { doneAt: '2026-11-20T09:00:00.000Z' }, 'data-privacy': { doneAt: '2026-11-20T09:01:00.000Z' } },
      verification: { result: 'yes', at: '2026-11-20T09:05:00.000Z' },
    },
    'objection-form': { platform: 'web', steps: {}, verification: { result: 'no', at: '2026-11-21T09:05:00.000Z' } },
  },
};
