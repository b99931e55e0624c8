import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { z } from 'zod';
import {
  ContentType,
  CourseSource,
  courseSourceSchema,
  MaterialSource,
  PARAMS_SCHEMAS,
  PhoneTaskParams,
  QuizParams,
  ReadingParams,
} from './course.schema';

export interface LoadedCourse {
  dir: string;
  course: CourseSource;
  /** Parsed params files keyed by material slug; a missing or unparsable file is left out. */
  params: Record<string, unknown>;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Every course folder (one holding course.json) under coursesDir, sorted by folder name. Nothing is validated
 * here: pass each result to validateCourse before trusting `course`.
 */
export function loadCourses(coursesDir: string): LoadedCourse[] {
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(coursesDir, e.name, 'course.json')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.resolve(coursesDir, name);
      const course = readJson(path.join(dir, 'course.json'));
      if (course === undefined) throw new Error(`${name}/course.json is not valid JSON`);
      const params: Record<string, unknown> = {};
      const materials = (course as { materials?: unknown }).materials;
      for (const m of Array.isArray(materials) ? materials : []) {
        const file = typeof m?.params === 'string' ? path.resolve(dir, m.params) : '';
        if (typeof m?.slug !== 'string' || !file.startsWith(dir + path.sep)) continue;
        const value = readJson(file);
        if (value !== undefined) params[m.slug] = value;
      }
      return { dir, course: course as CourseSource, params };
    });
}

const VI_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const MAX_SVG_BYTES = 8 * 1024;
const READING_WORDS = [300, 700];
const TEST_ITEMS = [5, 8];
/** How far (px) a drawn button may stick out of its hotspot; hotspots are padded a little for clumsy fingers. */
const HOTSPOT_SLACK = 8;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const NON_TEXT_KEYS = new Set(['type', 'file', 'image', 'lang', 'params', 'slug', 'contentType', 'en']);
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NON_TEXT_KEYS.has(k) ? [] : texts(v)));
  }
  return [];
}
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function zodProblems(where: string, error: z.ZodError): string[] {
  return error.issues.map(
    (i) => `${where}: schema: ${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`,
  );
}

/** Sentences of four words or more written in Vietnamese without a single diacritic are almost surely mistyped. */
function diacriticProblems(where: string, value: unknown): string[] {
  return texts(value)
    .filter((s) => wordCount(s) >= 4 && !VI_MARKS.test(s))
    .map((s) => `${where}: text has no Vietnamese diacritics: "${s.slice(0, 50)}"`);
}

function numberAttr(tag: string, name: string): number {
  const m = tag.match(new RegExp(`\\s${name}="(-?[\\d.]+)"`));
  return m ? Number(m[1]) : NaN;
}

function checkSvg(
  dir: string,
  where: string,
  file: string,
  size?: { w: number; h: number },
): { problems: string[]; rects: Box[] } {
  const full = path.join(dir, file);
  if (!existsSync(full)) return { problems: [`${where}: image ${file} not found`], rects: [] };
  const problems: string[] = [];
  if (statSync(full).size >= MAX_SVG_BYTES) problems.push(`${where}: image ${file} is not under 8 KB`);
  const svg = readFileSync(full, 'utf8');
  const viewBox = svg.match(/<svg\b[^>]*\sviewBox="([^"]+)"/)?.[1];
  if (!viewBox) problems.push(`${where}: image ${file} is not an SVG with a viewBox`);
  else if (
    size &&
    viewBox
      .trim()
      .split(/[\s,]+/)
      .join(' ') !== `0 0 ${size.w} ${size.h}`
  ) {
    problems.push(`${where}: image ${file} has viewBox "${viewBox}", expected "0 0 ${size.w} ${size.h}"`);
  }
  const rects = [...svg.matchAll(/<rect\b[^>]*>/g)].map(([tag]) => ({
    x: numberAttr(tag, 'x') || 0,
    y: numberAttr(tag, 'y') || 0,
    width: numberAttr(tag, 'width'),
    height: numberAttr(tag, 'height'),
  }));
  return { problems, rects: rects.filter((r) => r.width > 0 && r.height > 0) };
}

/** The hotspot must cover a drawn button: a rect inside it (give or take the slack) filling at least half of it. */
function coversDrawnButton(h: Box, rects: Box[]): boolean {
  const s = HOTSPOT_SLACK;
  return rects.some(
    (r) =>
      r.x >= h.x - s &&
      r.y >= h.y - s &&
      r.x + r.width <= h.x + h.width + s &&
      r.y + r.height <= h.y + h.height + s &&
      r.width * r.height >= (h.width * h.height) / 2,
  );
}

function paramsProblems(
  dir: string,
  where: string,
  type: ContentType,
  data: ReadingParams | QuizParams | PhoneTaskParams,
): string[] {
  const problems: string[] = [];
  if (type === 'H5P.LcReadingPage') {
    const blocks = (data as ReadingParams).blocks;
    const words = wordCount(texts(blocks).join(' '));
    if (words < READING_WORDS[0] || words > READING_WORDS[1]) {
      problems.push(`${where}: reading page has ${words} words, expected ${READING_WORDS[0]}–${READING_WORDS[1]}`);
    }
    for (const b of blocks) if (b.type === 'image') problems.push(...checkSvg(dir, where, b.file).problems);
  } else if (type === 'H5P.LcPracticeQuiz') {
    const kinds = new Set((data as QuizParams).questions.map((q) => q.type));
    if (kinds.size < 3) problems.push(`${where}: a practice quiz should mix single, multiple and truefalse questions`);
  } else {
    (data as PhoneTaskParams).steps.forEach((step, i) => {
      const svg = checkSvg(dir, where, step.image, { w: step.imageWidth, h: step.imageHeight });
      problems.push(...svg.problems);
      if (!svg.problems.length && !coversDrawnButton(step.hotspot, svg.rects)) {
        problems.push(`${where}: steps.${i}.hotspot covers no drawn button in ${step.image}`);
      }
    });
  }
  return problems;
}

function materialProblems(dir: string, course: CourseSource, m: MaterialSource, value: unknown): string[] {
  const where = `${path.basename(dir)}/${m.params}`;
  if (value === undefined) return [`${where}: missing or not valid JSON`];
  const parsed = PARAMS_SCHEMAS[m.contentType].safeParse(value);
  if (!parsed.success) return zodProblems(where, parsed.error);
  const data = parsed.data as ReadingParams | QuizParams | PhoneTaskParams;
  const problems = paramsProblems(dir, where, m.contentType, data);
  if (data.lang !== course.language) problems.push(`${where}: lang "${data.lang}" differs from the course language`);
  if (course.language === 'vi') problems.push(...diacriticProblems(where, data));
  return problems;
}

function courseProblems(folder: string, c: CourseSource, competenceCodes: string[]): string[] {
  const where = `${folder}/course.json`;
  const problems: string[] = [];
  const add = (ok: boolean, message: string) => {
    if (!ok) problems.push(`${where}: ${message}`);
  };
  add(new RegExp(`^\\d{2}-${c.slug}$`).test(folder), `folder should be named <nn>-${c.slug}`);
  for (const code of c.competences) add(competenceCodes.includes(code), `unknown competence ${code}`);
  for (const row of c.test.blueprint)
    add(c.competences.includes(row.competence), `test draws ${row.competence}, which the course does not teach`);
  for (const code of c.competences)
    add(
      c.test.blueprint.some((r) => r.competence === code),
      `the test never checks competence ${code}`,
    );
  const items = c.test.blueprint.reduce((sum, r) => sum + r.count, 0);
  add(
    items >= TEST_ITEMS[0] && items <= TEST_ITEMS[1],
    `the test draws ${items} items, expected ${TEST_ITEMS[0]}–${TEST_ITEMS[1]}`,
  );
  const slugs = c.materials.map((m) => m.slug);
  add(new Set(slugs).size === slugs.length, 'material slugs must be unique');
  for (const m of c.materials)
    add(m.params === `materials/${m.slug}.json`, `material ${m.slug} must keep its params in materials/${m.slug}.json`);
  for (const type of ['H5P.LcReadingPage', 'H5P.LcPracticeQuiz']) {
    add(
      c.materials.some((m) => m.contentType === type),
      `needs at least one ${type}`,
    );
  }
  if (c.language === 'vi') problems.push(...diacriticProblems(where, [c.title, c.summary, c.materials, c.test.title]));
  return problems;
}

/** Every problem found in one course folder, one human-readable line each; an empty list means it is fine. */
export function validateCourse(
  dir: string,
  course: CourseSource,
  params: Record<string, unknown>,
  competenceCodes: string[],
): string[] {
  const folder = path.basename(dir);
  const parsed = courseSourceSchema.safeParse(course);
  if (!parsed.success) return zodProblems(`${folder}/course.json`, parsed.error);
  const c = parsed.data;
  return [
    ...courseProblems(folder, c, competenceCodes),
    ...c.materials.flatMap((m) => materialProblems(dir, c, m, params[m.slug])),
  ];
}
