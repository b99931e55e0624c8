/** The platform's own content types, which trainers can build in the browser editor (issue 12 §4). */
export const EDITOR_CONTENT_TYPES = ['H5P.LcReadingPage', 'H5P.LcPracticeQuiz', 'H5P.LcPhoneTask'] as const;
export type EditorContentType = (typeof EDITOR_CONTENT_TYPES)[number];

/** Bounds the editor's forms and the server's checks share; a package still passes the upload bounds too. */
export const EDITOR_LIMITS = {
  titleMax: 200,
  textMax: 2000,
  shortTextMax: 500,
  blocksMax: 100,
  questionsMax: 50,
  optionsMin: 2,
  optionsMax: 8,
  stepsMax: 30,
  imagesMax: 30,
  /** Per image; SVGs are sanitized whole in memory, so the same bound keeps that cheap. */
  imageMaxBytes: 2 * 1024 * 1024,
  /** Screenshot pixels, either side. */
  imageSideMax: 5000,
} as const;

/** Image types the editor accepts, by the extension the server gives the stored file. */
export const EDITOR_IMAGE_TYPES = ['png', 'jpg', 'gif', 'webp', 'svg'] as const;
export type EditorImageType = (typeof EDITOR_IMAGE_TYPES)[number];

export type EditorLang = 'vi' | 'en';

/**
 * An image field holds `images/<name>` (a file of the material's current package, kept as it is) or `upload:<n>`
 * (the n-th file sent with the request as `images`, counted from 0). The server stores every image under a name of
 * its own.
 */
export type EditorImageRef = string;

export type EditorTextBlock = { type: 'heading' | 'paragraph' | 'tip' | 'warning'; text: string };
export type EditorImageBlock = { type: 'image'; file: EditorImageRef; alt: string; caption?: string };
export type EditorReadingBlock = EditorTextBlock | EditorImageBlock;

export interface EditorReadingParams {
  title: string;
  lang: EditorLang;
  blocks: EditorReadingBlock[];
}

export interface EditorQuizOption {
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface EditorQuizQuestion {
  type: 'single' | 'multiple' | 'truefalse';
  text: string;
  /** Single and multiple only. */
  options?: EditorQuizOption[];
  /** True-false only: whether the statement is true. */
  correct?: boolean;
  feedbackCorrect?: string;
  feedbackWrong?: string;
}

export interface EditorQuizParams {
  title: string;
  lang: EditorLang;
  passPercent: number;
  questions: EditorQuizQuestion[];
}

/** In screenshot pixels, inside the image. */
export interface EditorHotspot {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EditorPhoneStep {
  instruction: string;
  image: EditorImageRef;
  imageWidth: number;
  imageHeight: number;
  alt: string;
  hotspot: EditorHotspot;
  hint: string;
  success?: string;
}

export interface EditorPhoneParams {
  title: string;
  lang: EditorLang;
  intro?: string;
  steps: EditorPhoneStep[];
}

/** What the editor sends (multipart field `source`, JSON) and keeps: `params` become the package's content.json. */
export type EditorSource =
  | { contentType: 'H5P.LcReadingPage'; params: EditorReadingParams }
  | { contentType: 'H5P.LcPracticeQuiz'; params: EditorQuizParams }
  | { contentType: 'H5P.LcPhoneTask'; params: EditorPhoneParams };

/** A material made in the editor, as its course lists it for the author. */
export interface EditorMaterialSummary {
  materialId: string;
  contentType: EditorContentType;
  title: string;
  updatedAt: string;
}

/** An editor-made material's source, to edit it again. Its images are at `${basePath}/content/${path}`. */
export type EditorMaterialSource = EditorSource & { materialId: string; basePath: string; updatedAt: string };

/** Where the player finds a preview: a package unpacked for a short while, behind a signed grant. */
export interface EditorPreview {
  basePath: string;
}

/** One thing to fix, at a field of the source: `params.questions.0.options.1.text`. */
export interface EditorProblem {
  path: string;
  code: string;
  message: string;
}
