import { Application, ApplicationStatus } from '@lc/shared-contracts';

/** The path an application normally takes; returned, rejected and revoked are detours shown on the step they left. */
export const TIMELINE_STEPS = ['draft', 'submitted', 'verified', 'recognised'] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

export interface TimelineEntry {
  step: TimelineStep;
  state: 'done' | 'current' | 'todo';
  /** When the step was last reached, if it was. */
  at: string | null;
}

export interface Timeline {
  entries: TimelineEntry[];
  /** Set when the application left the normal path: the officer's reason is in `reason`. */
  detour: Extract<ApplicationStatus, 'returned' | 'rejected' | 'revoked'> | null;
  reason: string | null;
}

/** Where an application stands, step by step, from its recorded transitions. */
export function applicationTimeline(application: Pick<Application, 'status' | 'transitions'>): Timeline {
  const { status, transitions } = application;
  const detour = status === 'returned' || status === 'rejected' || status === 'revoked' ? status : null;
  // A returned application is back with the citizen (a draft again); a rejected one stopped after verification; a
  // revoked title had been recognised.
  const reached: TimelineStep =
    status === 'returned' ? 'draft' : status === 'rejected' ? 'verified' : status === 'revoked' ? 'recognised' : status;
  const index = TIMELINE_STEPS.indexOf(reached);
  const lastAt = (step: TimelineStep) =>
    [...transitions].reverse().find((t) => t.to === step || (step === 'draft' && t.from === null))?.at ?? null;
  const entries = TIMELINE_STEPS.map(
    (step, i): TimelineEntry => ({
      step,
      state: i < index ? 'done' : i === index ? (step === 'recognised' && !detour ? 'done' : 'current') : 'todo',
      at: i <= index ? lastAt(step) : null,
    }),
  );
  const last = transitions[transitions.length - 1];
  return { entries, detour, reason: detour && last?.to === status ? last.reason : null };
}
