import { LocalisedText } from './common';

export type Trust = 'verified' | 'attested' | 'reported' | 'declared';

export interface LearningRecord {
  id: string;
  verb: string;
  objectType: string;
  objectId: string;
  objectName: LocalisedText;
  trust: Trust;
  score: number | null;
  maxScore: number | null;
  success: boolean | null;
  completion: boolean | null;
  /** Domain code → level, for test results. */
  domainLevels: Record<string, number> | null;
  occurredAt: string;
  hash: string;
}
