export interface StreamLimits {
  perPerson: number;
  perProcess: number;
}

export type Admission = 'admit' | 'replace-oldest' | 'refuse';

/**
 * Whether one more notice stream may open. A person at their limit keeps the newest streams: the one they just
 * opened is the tab they look at, while the oldest is most likely forgotten. A process at its limit refuses anyone
 * who would add a stream; a person who replaces one of theirs adds none.
 */
export function admitStream(personOpen: number, processOpen: number, limits: StreamLimits): Admission {
  if (personOpen >= limits.perPerson) return 'replace-oldest';
  return processOpen >= limits.perProcess ? 'refuse' : 'admit';
}
