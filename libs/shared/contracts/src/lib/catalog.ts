import { LocalisedText } from './common';
import { PopulationGroup } from './identity';
import { NewTestItem } from './assessment';

export interface Competence {
  code: string;
  domainCode: string;
  name: LocalisedText;
  description: LocalisedText;
}

export interface CompetenceDomain {
  code: string;
  name: LocalisedText;
  competences: Competence[];
}

export interface LevelBand {
  code: string;
  levels: number[];
  name: LocalisedText;
  description: LocalisedText;
}

export interface CompetenceFramework {
  id: string;
  title: LocalisedText;
  levelBands: LevelBand[];
  domains: CompetenceDomain[];
}

export type CourseStatus = 'draft' | 'in_review' | 'published' | 'archived';
export type MaterialKind = 'h5p' | 'test';

export interface MaterialSummary {
  id: string;
  kind: MaterialKind;
  title: LocalisedText;
  position: number;
  /** For h5p materials: where the player finds the package. */
  h5p?: { packageId: string; basePath: string; mainLibrary: string };
  /** For test materials. */
  testId?: string;
  itemCount?: number;
}

export interface CourseModule {
  id: string;
  title: LocalisedText;
  position: number;
  materials: MaterialSummary[];
}

export interface CourseSummary {
  id: string;
  slug: string;
  title: LocalisedText;
  summary: LocalisedText;
  competences: string[];
  level: number;
  populationGroups: PopulationGroup[];
  estimatedMinutes: number;
  licence: string;
  language: string;
  status: CourseStatus;
  authorName: string;
  reviewNote: string | null;
}

export interface CourseDetail extends CourseSummary {
  modules: CourseModule[];
}

export interface CreateCourseRequest {
  title: string;
  summary: string;
  competences: string[];
  level: number;
  populationGroups: PopulationGroup[];
  estimatedMinutes: number;
  moduleTitle: string;
}

/** A draft course's own fields, as its author edits them (the modules and materials change on their own). */
export type UpdateCourseRequest = Omit<CreateCourseRequest, 'moduleTitle'>;

export interface CreateTestMaterialRequest {
  title: string;
  items: NewTestItem[];
}

export interface ReturnCourseRequest {
  reason: string;
}

/** An xAPI statement as h5p-standalone emits it; the server keeps what it needs. */
/** One statement, or a batch of up to 100 as an LRS takes them (one of the two). */
export interface XapiStatementRequest {
  statement?: Record<string, unknown>;
  statements?: Record<string, unknown>[];
}

/**
 * A batch's answer, as an LRS answers with statement ids: the learning record of each kept statement (stored now
 * or before), in the order sent. The records themselves are at GET /my/records.
 */
export interface XapiBatchResult {
  recordIds: string[];
  /** Statements that are not evidence (verbs other than experienced, answered, completed, passed, failed). */
  ignored: number;
}

/** A published course as a result's suggestion sees it: which competences it teaches, at which level. */
export interface CourseSuggestion {
  id: string;
  title: LocalisedText;
  competences: string[];
  level: number;
}

/**
 * How far the signed-in learner is in a course they started. A lesson counts as done on its own completion report
 * (trust `reported`, from the H5P player) and a course test on a passed, server-graded attempt (`verified`). This is
 * the learner's own view of their progress: no KPI, suggestion or certificate reads it.
 */
export interface CourseProgress {
  courseId: string;
  title: LocalisedText;
  /** Every material of the course in outline order, ticked when done. */
  lessons: LessonProgress[];
  completed: boolean;
  lastActivityAt: string;
}

export interface LessonProgress {
  materialId: string;
  title: LocalisedText;
  kind: MaterialKind;
  done: boolean;
}
