// What the scenarios need from the seeded catalogue, found through the public API as a browser would: a published
// course's test and one of its H5P materials; and, per citizen, an open attempt at that test.
import { bearer, jsonRequest } from './load.mjs';
import { mapLimit, step } from './report.mjs';

async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** The first published course that has both a test and an H5P material. */
export async function findCourse(baseUrl) {
  const courses = await getJson(`${baseUrl}/api/courses`);
  for (const summary of courses) {
    const course = await getJson(`${baseUrl}/api/courses/${summary.id}`);
    const materials = course.modules.flatMap((m) => m.materials);
    const test = materials.find((m) => m.kind === 'test' && m.testId);
    const h5p = materials.find((m) => m.kind === 'h5p');
    if (test && h5p) return { courseId: course.id, slug: course.slug, testId: test.testId, h5pMaterialId: h5p.id };
  }
  throw new Error(`none of the ${courses.length} published courses has both a test and an H5P material`);
}

async function startAttempt(baseUrl, user, testId) {
  const res = await fetch(`${baseUrl}/api/tests/${testId}/attempts`, { method: 'POST', headers: bearer(user.token) });
  if (res.status !== 200) throw new Error(`starting an attempt answered ${res.status}: ${await res.text()}`);
  return { user, attempt: await res.json() };
}

/** One open attempt per user (starting is idempotent: an open attempt is returned again). */
export async function startAttempts(baseUrl, users, testId) {
  step(`starting ${users.length} attempts at test ${testId}`);
  return mapLimit(users, 8, (u) => startAttempt(baseUrl, u, testId));
}

/** The answer for an item: its first option; true/false items offer the ids "true" and "false". */
export const firstOption = (item) => [item.type === 'true_false' ? 'true' : item.options[0].id];

/**
 * Every (attempt, item) answer as a request, interleaved across users so that consecutive requests hit different
 * attempt rows, as a crowd of citizens would.
 */
export function answerJobs(started) {
  const jobs = [];
  const longest = Math.max(...started.map((s) => s.attempt.items.length));
  for (let i = 0; i < longest; i++) {
    for (const { user, attempt } of started) {
      const item = attempt.items[i];
      if (!item) continue;
      const optionIds = firstOption(item);
      jobs.push({
        ...jsonRequest('PUT', `/api/attempts/${attempt.id}/answers/${item.id}`, user.token, { optionIds }),
        answer: { attemptId: attempt.id, itemId: item.id, optionIds },
      });
    }
  }
  return jobs;
}

/** One submission per attempt, handed out exactly once. */
export function submissionJobs(started) {
  return started.map(({ user, attempt }) => jsonRequest('POST', `/api/attempts/${attempt.id}/submission`, user.token));
}
