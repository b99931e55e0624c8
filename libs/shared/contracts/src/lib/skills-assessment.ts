import { LocalisedText } from './common';
import type { ItemPicture, ItemType } from './assessment';

/**
 * The `objectType` of the learning record a digital-skills assessment result becomes. With trust `verified`, it is
 * the only record of the platform that is digital-skills evidence (besides an `attested` national confirmation).
 */
export const DIGITAL_SKILLS_ASSESSMENT = 'digital_skills_assessment';

/**
 * What a result record may be used as, kept in its `context.evidence`: a course test's result is learning evidence
 * only, never digital-skills evidence (issue 8 §1).
 */
export type EvidenceUse = 'digital_skills' | 'learning_completed';

export interface RetakeRule {
  /** At most this many attempts may start within any `windowDays` days. */
  attemptsPerWindow: number;
  windowDays: number;
}

export interface SkillsDomain {
  code: string;
  name: LocalisedText;
}

/** What a citizen reads before anything starts, and where they stand. */
export interface SkillsAssessmentOverview {
  domains: SkillsDomain[];
  maxQuestions: number;
  aboutMinutes: number;
  timeLimitMinutes: number;
  extraTimeMinutes: number;
  retake: RetakeRule;
  openAttempt: { id: string; answered: number; deadlineAt: string } | null;
  /** When a new attempt may start; null when it may start now, or when one is open. */
  nextStartAt: string | null;
  /** Finished attempts, newest first. */
  results: SkillsResultSummary[];
}

export interface SkillsResultSummary {
  attemptId: string;
  finishedAt: string;
  /** Level per domain code; null where the domain was not finished. */
  levels: Record<string, number | null>;
}

export interface StartSkillsAttemptRequest {
  /** Accessibility: more time before the deadline. */
  extraTime?: boolean;
}

export interface SkillsDomainProgress extends SkillsDomain {
  answered: number;
  status: 'done' | 'current' | 'upcoming';
}

/**
 * One question as the citizen sees it: no item id (bank ids name levels), no level and no key, since any of them
 * would tell whether the previous answer was right.
 */
export interface SkillsQuestion {
  position: number;
  domain: string;
  type: ItemType;
  stem: LocalisedText;
  options: { id: string; text: LocalisedText }[];
  /** Matching: the right-hand column. */
  matches?: { id: string; text: LocalisedText }[];
  /** Hotspot: the picture; `options` are its regions. */
  image?: ItemPicture;
}

export interface SkillsAttempt {
  id: string;
  status: 'open' | 'finished';
  startedAt: string;
  deadlineAt: string;
  extraTime: boolean;
  maxQuestions: number;
  /** Answers the server has saved. */
  answered: number;
  domains: SkillsDomainProgress[];
  /** The question to answer now; null once finished. */
  question: SkillsQuestion | null;
  result: SkillsResult | null;
}

export type CompetenceStrength = 'stronger' | 'typical' | 'weaker';

export interface SkillsCompetenceResult {
  code: string;
  name: LocalisedText;
  items: number;
  /** Null when too few items were seen to say. */
  strength: CompetenceStrength | null;
}

export interface SkillsDomainResult extends SkillsDomain {
  /** Null when the domain was not finished (time ran out before it). */
  level: number | null;
  /** Of the ability estimate, on the domain's scale. */
  standardError: number;
  band: { code: string; name: LocalisedText } | null;
  /** What the level means, in plain words. */
  meaning: LocalisedText | null;
  /** Posterior probability of levels 1–8 (index 0 is level 1). */
  levelProbabilities: number[];
  items: number;
  competences: SkillsCompetenceResult[];
  /** Published courses that would close the gap, when the level is below the policy's target. */
  suggestedCourses: { id: string; title: LocalisedText }[];
}

export interface SkillsResult {
  finishedAt: string;
  endReason: 'done' | 'expired';
  domains: SkillsDomainResult[];
  /** The versions it was scored with, so that it can be reproduced. */
  versions: { engine: string; calibration: string; cutScores: string; policy: string };
  recordId: string;
}

export interface StartCalibrationRequest {
  /** Items with fewer answers keep their previous parameters (default 200). */
  minResponses?: number;
}

/** One run of the assessment's calibration job, as a city admin sees it. */
export interface CalibrationRun {
  id: string;
  status: 'running' | 'done' | 'failed';
  minResponses: number;
  startedAt: string;
  finishedAt: string | null;
  calibrationVersion: string | null;
  summary: {
    /** False when no item had enough answers: no new version was published. */
    published: boolean;
    version: string;
    basedOn: string;
    cutScoresVersion: string;
    scale: 'population' | 'anchors';
    responses: number;
    attempts: number;
    calibrated: number;
    keptPrevious: number;
    /** Cut scores the new calibration suggests, for review; never applied by the run. */
    proposedCutScores?: CutScoreProposal;
  } | null;
  errorCode: string | null;
}

/** Per level, where it would start on the calibrated scale (`proposed`) and where it starts now (`inForce`). */
export interface CutScoreProposal {
  levels: { level: number; proposed: number; inForce: number | null }[];
  /** How many levels had no item to go by, or came out easier than the level below (see deriveCutScores). */
  notes: number;
}
