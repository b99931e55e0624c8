import type { ItemPicture, ItemType } from './assessment';
import type { LocalisedText } from './common';

/** Where a bank item stands in review (issue 8 §3). `superseded`: a newer version of it is published. */
export const BANK_ITEM_STATUSES = ['in_review', 'returned', 'published', 'retired', 'superseded'] as const;
export type BankItemStatus = (typeof BANK_ITEM_STATUSES)[number];

export const REVIEW_ACTIONS = ['publish', 'return', 'retire'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The item types a proposal may have today: those the author can key with options. */
export const PROPOSABLE_TYPES = ['single_choice', 'multiple_choice'] as const;
export type ProposableType = (typeof PROPOSABLE_TYPES)[number];

/** The picture file types a proposal may carry, checked by their first bytes on the server. */
export const PROPOSAL_PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/**
 * Largest picture file of a proposal: inlined as base64 it still fits the API's 100 KB JSON body beside the texts,
 * and every attempt that serves the item carries it.
 */
export const PROPOSAL_PICTURE_MAX_BYTES = 60 * 1024;

/** A trainer's proposal for the city bank, in Vietnamese and English. */
export interface ItemProposalRequest {
  type: ProposableType;
  competence: string;
  level: number;
  stem: LocalisedText;
  options: LocalisedText[];
  /** Indexes into options of the right answers. */
  correct: number[];
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
