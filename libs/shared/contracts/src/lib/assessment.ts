import { LocalisedText } from './common';

export type ItemType =
  | 'single_choice'
  | 'multiple_choice'
  | 'true_false'
  | 'short_answer'
  | 'ordering'
  | 'matching'
  | 'hotspot';

/** What the browser sees of an item: never its key. */
export interface DeliveredItem {
  id: string;
  type: ItemType;
  competence: string;
  level: number;
  stem: LocalisedText;
  options: { id: string; text: LocalisedText }[];
  /** Matching: the right-hand column (`options` are the left-hand items). */
  matches?: { id: string; text: LocalisedText }[];
  /** Hotspot: the picture (`options` are its regions, the non-pointer way to answer). */
  image?: ItemPicture;
}

/** A picture inlined as a data URL: its file name would name the item and its level. */
export interface ItemPicture {
  src: string;
  width: number;
  height: number;
  alt: LocalisedText;
}

export interface NewTestItem {
  type: 'single_choice' | 'multiple_choice';
  competence: string;
  level: number;
  stem: string;
  options: string[];
  /** Indexes into options of the correct answers. */
  correct: number[];
  explanation?: string;
}

/**
 * An answer to any item type. `optionIds`: the choices of single/multiple/true-false items, the order of an
 * ordering item, or the one region chosen from the list of a hotspot item. The other fields belong to one type each.
 */
export interface ItemResponse {
  optionIds: string[];
  /** Short answer. */
  text?: string;
  /** Matching: which right-hand entry each left-hand item goes with. */
  pairs?: { left: string; right: string }[];
  /** Hotspot: a point on the picture, in the picture's own units (0…width, 0…height). */
  point?: { x: number; y: number };
}

/** A saved test as a learner receives its items, for its author and content reviewers: nothing is recorded. */
export interface TestPreview {
  testId: string;
  title: LocalisedText;
  items: DeliveredItem[];
}

/** What a test is, before it is started: public for a test of a published course (its items are not). */
export interface TestIntro {
  testId: string;
  title: LocalisedText;
  questionCount: number;
  /** The clock starts when the citizen starts the attempt. */
  timeLimitSeconds: number;
  passPercent: number;
  /** How long after a submitted attempt the test can be taken again; 0 at once. */
  retakeCooldownMinutes: number;
  course: { id: string; title: LocalisedText };
}

/** A citizen's own attempts at a course's test, for its intro: what they can do next there. */
export interface MyTestStanding {
  /** The attempt under way, whose clock is running: the intro's start continues it. */
  open: { attemptId: string; deadlineAt: string } | null;
  /** The latest submitted attempt, whose result stays readable. */
  last: { attemptId: string; submittedAt: string; score: number; maxScore: number; passed: boolean } | null;
  /** When the test can be taken again, while the retake wait after the last attempt runs; else null. */
  retakeAt: string | null;
}

export interface Attempt {
  id: string;
  testId: string;
  title: LocalisedText;
  status: 'open' | 'submitted';
  startedAt: string;
  deadlineAt: string;
  items: DeliveredItem[];
  answers: Record<string, ItemResponse>;
  result: AttemptResult | null;
}

export interface CompetenceResult {
  code: string;
  name: LocalisedText;
  domainCode: string;
  level: number;
  correct: number;
  total: number;
  /** Plain-language explanation. */
  explanation: LocalisedText;
}

export interface ItemFeedback {
  itemId: string;
  correct: boolean;
  explanation: LocalisedText | null;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  competences: CompetenceResult[];
  /** Level per domain code, the lowest of its tested competences. */
  domains: Record<string, number>;
  items: ItemFeedback[];
  suggestedCourses: { id: string; title: LocalisedText }[];
  recordId: string;
}
