import type { ItemPicture, ItemType } from './assessment';
import type { LocalisedText } from './common';

/** Where a bank item stands in review (issue 8 §3). `superseded`: a newer version of it is published. */
export const BANK_ITEM_STATUSES = ['in_review', 'returned', 'published', 'retired', 'superseded'] as const;
export type BankItemStatus = (typeof BANK_ITEM_STATUSES)[number];

export const REVIEW_ACTIONS = ['publish', 'return', 'retire'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The item types a proposal may have: all seven the server grades (docs/adr/0031). */
export const PROPOSABLE_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'ordering',
  'matching',
  'hotspot',
] as const;
export type ProposableType = (typeof PROPOSABLE_TYPES)[number];

/** Bounds of a proposal's lists, the same in the form and the API (the bank's schema asks for the minimums). */
export const PROPOSAL_BOUNDS = {
  options: { min: 2, max: 6 },
  ordering: { min: 3, max: 6 },
  accepted: { min: 1, max: 10, length: 200 },
  pairs: { min: 3, max: 5 },
  regions: { min: 2, max: 5 },
} as const;

/** A matching pair as its author writes it; the right-hand column is shown shuffled. */
export interface ProposalPair {
  left: LocalisedText;
  right: LocalisedText;
}

/** A hotspot region in the picture's own pixels, and the label of the list that answers without a pointer. */
export interface ProposalRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  label: LocalisedText;
}

/** The picture file types a proposal may carry, checked by their first bytes on the server. */
export const PROPOSAL_PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/**
 * Largest picture file of a proposal: inlined as base64 it still fits the API's 100 KB JSON body beside the texts,
 * and every attempt that serves the item carries it.
 */
export const PROPOSAL_PICTURE_MAX_BYTES = 60 * 1024;

/** A trainer's proposal for the city bank, in Vietnamese and English; each type fills its own fields. */
export interface ItemProposalRequest {
  type: ProposableType;
  competence: string;
  level: number;
  stem: LocalisedText;
  /** Single and multiple choice: the options; ordering: the steps in the right order. */
  options?: LocalisedText[];
  /** Single and multiple choice: indexes into options of the right answers; hotspot: the right region's index. */
  correct?: number[];
  /** True/false: whether the stem is true. */
  truth?: boolean;
  /** Short answer: the accepted answers and spellings. */
  accepted?: string[];
  /** Short answer: the answer is a number ("2,5" and "2.5" agree). */
  numeric?: boolean;
  /** Short answer: an answer typed without Vietnamese marks counts. */
  ignoreToneMarks?: boolean;
  /** Matching: the pairs. */
  pairs?: ProposalPair[];
  /** Hotspot: the regions of the picture (a hotspot needs `picture`). */
  regions?: ProposalRegion[];
  explanation: LocalisedText;
  /** A picture shown with the stem: a data URL of a PNG, JPEG or WebP file, with alt text in both languages. */
  picture?: ItemPicture;
  /** A published item this proposal revises: publishing it makes the next version of that item. */
  revises?: string;
}

/** An item as its author and the reviewers see it: with its key. Never sent to a citizen. */
export interface ReviewedItem {
  id: string;
  /** The id of the item's first version; every version shares it. */
  lineageId: string;
  version: number;
  status: BankItemStatus;
  type: ItemType;
  competence: string;
  level: number;
  stem: LocalisedText;
  options: { id: string; text: LocalisedText }[];
  /** Ids of the right options (`true` or `false` for a true/false item). */
  correctOptionIds: string[];
  /** The key of other item types in words: accepted answers, the order, the pairs or the region. */
  otherKey: string[];
  explanation: LocalisedText | null;
  /** The picture shown with the stem, with its alt text. */
  image?: ItemPicture;
  /** The item as a proposal: what its author edits, or a reviewer revises, starting from it. */
  proposal: ItemProposalRequest;
  authorName: string | null;
  /** Why a reviewer returned it, for its author. */
  reviewReasons: string[];
  createdAt: string;
}

export interface ReviewDecisionRequest {
  action: ReviewAction;
  /** Required when returning: what the author should change. */
  reasons?: string[];
}

export const PROBLEM_REASONS = ['wrong_key', 'unclear', 'typo', 'outdated', 'offensive', 'other'] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/** A citizen's "Báo lỗi câu hỏi": the item is named by the attempt, never by anything that reveals its key. */
export interface ProblemReportRequest {
  reason: ProblemReason;
  note?: string;
}

export interface CourseTestProblemReportRequest extends ProblemReportRequest {
  itemId: string;
}

/** All the reporter learns back: the report was received. */
export interface ProblemReportReceipt {
  received: true;
}

/** A report as reviewers see it, with the item it was made on (the version the citizen saw). */
export interface ProblemReportView {
  id: string;
  reason: ProblemReason;
  note: string | null;
  createdAt: string;
  item: ReviewedItem;
}

export interface ItemReviewQueue {
  items: ReviewedItem[];
  reports: ProblemReportView[];
}

/** The items of a course's tests, for the reviewer deciding on the course. */
export interface CourseTestReview {
  testId: string;
  title: LocalisedText;
  items: ReviewedItem[];
}
