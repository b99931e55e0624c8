import { INestApplication } from '@nestjs/common';
import { resolve } from 'node:path';
import request from 'supertest';
import type { Application, CourseDetail, ItemResponse, MaterialSummary, NewTestItem } from '@lc/shared-contracts';
import { packMaterialSource } from '@lc/api-h5p-package';
import { keyedItems, rightResponse } from './item-answers';
import { bearer, createUser, TestUser } from './test-app';

/** Shared setup for the integration specs: everything goes through the API, as a trainer or officer would do it. */

export const CITY = '01';
export const BA_DINH = '00004';
export const NGOC_HA = '00008';
export const THIS_YEAR = new Date().getFullYear();
export const TODAY = new Date().toISOString().slice(0, 10);

const http = (app: INestApplication) => request(app.getHttpServer());

/** A real .h5p built from tools/h5p/samples with the platform's own libraries (content/h5p-libraries) bundled. */
export function samplePackage(sample: 'reading' | 'quiz' | 'phone-task' = 'quiz'): Buffer {
  const packed = packMaterialSource(resolve(`tools/h5p/samples/${sample}.json`), resolve('content/h5p-libraries'));
  return Buffer.from(packed.bytes);
}

/** A trainer's upload of an .h5p file into a course, as the web's upload form sends it. */
export const uploadH5p = (
  app: INestApplication,
  trainer: TestUser,
  courseId: string,
  bytes: Uint8Array,
  title = 'Bài luyện tập',
) =>
  http(app)
    .post(`/api/courses/${courseId}/materials/h5p`)
    .set(bearer(trainer))
    .field('title', title)
    .attach('file', Buffer.from(bytes), 'bai.h5p');

export const newCourse = (title = 'Khoá học kiểm thử') => ({
  title,
  summary: 'Khoá học dùng trong kiểm thử tích hợp.',
  competences: ['1.1', '4.1'],
  level: 2,
  populationGroups: ['other'],
  estimatedMinutes: 30,
  moduleTitle: 'Bài 1',
});

/**
 * Five level-2 items over domains 1, 2 and 4 (so a perfect attempt reaches level 2 in each); option "a" is right
 * in the single-choice items, "a" and "c" in the multiple-choice ones.
 */
export function trainerItems(count = 5): NewTestItem[] {
  const competences = ['1.1', '2.1', '4.1', '1.2', '4.2'];
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? {
          type: 'single_choice',
          competence: competences[i % 5],
          level: 2,
          stem: `Câu hỏi thử số ${i + 1}?`,
          options: ['Đúng', 'Sai', 'Không biết'],
          correct: [0],
          explanation: 'Vì đó là cách an toàn.',
        }
      : {
          type: 'multiple_choice',
          competence: competences[i % 5],
          level: 2,
          stem: `Câu hỏi nhiều lựa chọn ${i + 1}?`,
          options: ['Một', 'Hai', 'Ba', 'Bốn'],
          correct: [0, 2],
          explanation: 'Một và ba.',
        },
  );
}

export const materials = (course: CourseDetail): MaterialSummary[] => course.modules.flatMap((m) => m.materials);

export async function draftCourse(
  app: INestApplication,
  trainer?: TestUser,
): Promise<{ trainer: TestUser; course: CourseDetail }> {
  trainer ??= await createUser(app, [{ role: 'trainer', areaId: CITY }]);
  const res = await http(app).post('/api/courses').set(bearer(trainer)).send(newCourse()).expect(201);
  return { trainer, course: res.body };
}

/** A draft course of a new trainer with a fixed test of `count` trainer items, and that test's id. */
export async function draftCourseWithTest(
  app: INestApplication,
  count = 5,
): Promise<{ trainer: TestUser; course: CourseDetail; testId: string }> {
  const { trainer, course } = await draftCourse(app);
  const res = await http(app)
    .post(`/api/courses/${course.id}/materials/test`)
    .set(bearer(trainer))
    .send({ title: 'Bài nháp', items: trainerItems(count) })
    .expect(201);
  return { trainer, course: res.body, testId: materials(res.body)[0].testId! };
}

/** A course written by a new trainer and published by a new reviewer, with the materials asked for. */
export async function publishedCourse(
  app: INestApplication,
  opts: { h5p?: boolean; items?: NewTestItem[] } = {},
): Promise<{ trainer: TestUser; reviewer: TestUser; course: CourseDetail }> {
  const { trainer, course } = await draftCourse(app);
  if (opts.h5p) {
    await http(app)
      .post(`/api/courses/${course.id}/materials/h5p`)
      .set(bearer(trainer))
      .field('title', 'Luyện tập')
      .attach('file', samplePackage(), 'bai.h5p')
      .expect(201);
  }
  if (opts.items) {
    await http(app)
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(trainer))
      .send({ title: 'Bài kiểm tra', items: opts.items })
      .expect(201);
  }
  await http(app).post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
  const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
  const published = await http(app).post(`/api/courses/${course.id}/publication`).set(bearer(reviewer)).expect(200);
  return { trainer, reviewer, course: published.body };
}

/** The right answer per item, read from the database (the API never sends it). */
export async function answerKey(app: INestApplication, itemIds: string[]): Promise<Map<string, ItemResponse>> {
  return new Map((await keyedItems(app, itemIds)).map((r) => [r.id, rightResponse(r)]));
}

/** Starts the test, answers every item right and submits; returns the submitted attempt. */
export async function passTest(app: INestApplication, citizen: TestUser, testId: string) {
  const attempt = (await http(app).post(`/api/tests/${testId}/attempts`).set(bearer(citizen)).expect(200)).body;
  const key = await answerKey(
    app,
    attempt.items.map((i: { id: string }) => i.id),
  );
  for (const [itemId, response] of key) {
    await http(app)
      .put(`/api/attempts/${attempt.id}/answers/${itemId}`)
      .set(bearer(citizen))
      .send(response)
      .expect(204);
  }
  return (await http(app).post(`/api/attempts/${attempt.id}/submission`).set(bearer(citizen)).expect(200)).body;
}

export const CRITERIA_ITEMS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];
/** Scores for the ten items, `each` apiece, with overrides: 8 each = 80, exactly the pass mark. */
export const scores = (each = 8, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(CRITERIA_ITEMS.map((c) => [c, each])),
  ...overrides,
});

/** A citizen's application for `year`, scored and submitted. */
export async function submittedApplication(
  app: INestApplication,
  citizen: TestUser,
  year = THIS_YEAR,
  itemScores = scores(),
): Promise<Application> {
  const opened = (await http(app).post('/api/my/applications').set(bearer(citizen)).send({ year }).expect(200)).body;
  await http(app)
    .put(`/api/applications/${opened.id}/scores`)
    .set(bearer(citizen))
    .send({ scores: itemScores })
    .expect(200);
  return (await http(app).post(`/api/applications/${opened.id}/submission`).set(bearer(citizen)).expect(200)).body;
}

/** Submits, verifies (a new verifier of the commune) and recognises (a new approver) one application of `citizen`. */
export async function recognisedApplication(
  app: INestApplication,
  citizen: TestUser,
  communeId: string,
  year = THIS_YEAR,
): Promise<Application> {
  const submitted = await submittedApplication(app, citizen, year);
  const verifier = await createUser(app, [{ role: 'verifier', areaId: communeId }]);
  await http(app)
    .post(`/api/applications/${submitted.id}/verification`)
    .set(bearer(verifier))
    .send({ scores: scores() })
    .expect(200);
  const approver = await createUser(app, [{ role: 'approver', areaId: communeId }]);
  const decision = {
    communeId,
    number: `${Math.floor(Math.random() * 1e6)}/QĐ-UBND`,
    signedOn: TODAY,
    signerName: 'Lê Văn Ký',
    applicationIds: [submitted.id],
  };
  await http(app).post('/api/decisions').set(bearer(approver)).send(decision).expect(201);
  return (await http(app).get(`/api/applications/${submitted.id}`).set(bearer(citizen)).expect(200)).body;
}

/** Submits an application of each citizen for `year` and has one new verifier of the commune verify them all. */
export async function verifiedApplications(
  app: INestApplication,
  citizens: TestUser[],
  communeId: string,
  year = THIS_YEAR,
): Promise<string[]> {
  const verifier = await createUser(app, [{ role: 'verifier', areaId: communeId }]);
  const apps = await Promise.all(citizens.map((c) => submittedApplication(app, c, year)));
  for (const a of apps)
    await http(app)
      .post(`/api/applications/${a.id}/verification`)
      .set(bearer(verifier))
      .send({ scores: scores() })
      .expect(200);
  return apps.map((a) => a.id);
}
