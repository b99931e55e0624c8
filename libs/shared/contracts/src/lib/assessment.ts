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

export interface ItemResponse {
  optionIds: string[];
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
