import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  DIGITAL_SKILLS_ASSESSMENT,
  ItemResponse,
  SkillsAssessmentOverview,
  SkillsAttempt,
  type LearningRecord,
} from '@lc/shared-contracts';
import { BA_DINH, CITY, materials, passTest, publishedCourse, trainerItems } from './testing/fixtures';
import { keyedItems, rightResponse, wrongResponse } from './testing/item-answers';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

const DAY_MS = 86_400_000;
/** What a citizen's response must never carry for the assessment: keys, correctness, explanations, item ids. */
const LEAKS = /"(answer|correct|isCorrect|explanation|accepted|itemId|optionId|key)"|\d\.\d-L\d-\d{3}/;

describe('digital-skills assessment (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  const newCitizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const overview = (who: TestUser) => http.get('/api/skills-assessment').set(bearer(who));
  const start = (who: TestUser, extraTime = false) =>
    http.post('/api/skills-assessment/attempts').set(bearer(who)).send({ extraTime });
  const read = (who: TestUser, id: string) => http.get(`/api/skills-assessment/attempts/${id}`).set(bearer(who));
  const answer = (who: TestUser, id: string, position: number | string, response: string[] | ItemResponse) =>
    http
      .put(`/api/skills-assessment/attempts/${id}/answers/${position}`)
      .set(bearer(who))
      .send(Array.isArray(response) ? { optionIds: response } : response);

  /** The served item's right (or a wrong) answer, from the database: the API never sends it. */
  async function optionsFor(attemptId: string, position: number, right: boolean): Promise<ItemResponse> {
    const [{ item_id }]: { item_id: string }[] = await db.query(
      `SELECT item_id FROM skills_response WHERE attempt_id = $1 AND position = $2`,
      [attemptId, position],
    );
    const [item] = await keyedItems(db, [item_id]);
    return right ? rightResponse(item) : wrongResponse(item);
  }

  /** Answers until the engine stops; returns every body the citizen received on the way. */
  async function takeToTheEnd(who: TestUser, first: SkillsAttempt, right = (n: number) => n % 2 === 0) {
    const bodies: SkillsAttempt[] = [first];
    let state = first;
    while (state.question) {
      const n = state.question.position;
      state = (await answer(who, state.id, n, await optionsFor(state.id, n, right(n))).expect(200)).body;
      bodies.push(state);
    }
    return bodies;
  }

  /** Moves an attempt's start (and deadline) into the past, as if it had been started that long ago. */
  const backdate = (attemptId: string, ms: number, deadlineAfterStartMs = 3_600_000) =>
    db.query(
      `UPDATE skills_attempt SET started_at = now() - make_interval(secs => $2 / 1000.0),
         deadline_at = now() - make_interval(secs => $2 / 1000.0) + make_interval(secs => $3 / 1000.0)
       WHERE id = $1`,
      [attemptId, ms, deadlineAfterStartMs],
    );

  it('lets only citizens call it, each on their own attempts', async () => {
    const [owner, other] = [await newCitizen(), await newCitizen()];
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const attempt: SkillsAttempt = (await start(owner).expect(200)).body;
    const calls = [
      () => http.get('/api/skills-assessment'),
      () => http.post('/api/skills-assessment/attempts').send({}),
      () => http.get(`/api/skills-assessment/attempts/${attempt.id}`),
      () => http.put(`/api/skills-assessment/attempts/${attempt.id}/answers/1`).send({ optionIds: ['a'] }),
    ];
    for (const call of calls) {
      expect((await call()).status).toBe(401);
      const refused = await call().set(bearer(trainer));
      expect([refused.status, refused.body.code]).toEqual([403, 'ROLE_REQUIRED']);
    }
    expect((await read(other, attempt.id).expect(404)).body.code).toBe('ATTEMPT_NOT_FOUND');
    expect((await answer(other, attempt.id, 1, ['a']).expect(404)).body.code).toBe('ATTEMPT_NOT_FOUND');
    // The other citizen's own assessment is untouched by the owner's.
    expect((await overview(other).expect(200)).body.openAttempt).toBeNull();
    expect((await read(owner, attempt.id).expect(200)).body.answered).toBe(0);
  });

  it('introduces the assessment before anything starts: domains, length, time and the retake rule', async () => {
    const citizen = await newCitizen();
    const intro: SkillsAssessmentOverview = (await overview(citizen).expect(200)).body;
    expect(intro.domains.map((d) => d.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(intro.domains[0].name.vi).toBe('Khai thác dữ liệu và thông tin');
    expect(intro).toMatchObject({
      maxQuestions: 30,
      timeLimitMinutes: 60,
      extraTimeMinutes: 30,
      retake: { attemptsPerWindow: 1, windowDays: 7 },
      openAttempt: null,
      nextStartAt: null,
      results: [],
    });
    expect(intro.aboutMinutes).toBeGreaterThanOrEqual(20);
    expect(intro.aboutMinutes).toBeLessThanOrEqual(40);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM skills_attempt WHERE person_id = $1`, [citizen.id]))[0].n,
    ).toBe(0);
  });

  it('serves one question at a time and never sends a key, an item id, a level or whether an answer was right', async () => {
    const citizen = await newCitizen();
    const started: SkillsAttempt = (await start(citizen, true).expect(200)).body;
    expect(started).toMatchObject({ status: 'open', answered: 0, extraTime: true, maxQuestions: 30, result: null });
    expect(Date.parse(started.deadlineAt) - Date.parse(started.startedAt)).toBe(90 * 60_000);
    expect(Object.keys(started.question!).sort()).toEqual(['domain', 'options', 'position', 'stem', 'type']);
    expect(started.domains.map((d) => d.status)).toEqual(['current', ...Array(5).fill('upcoming')]);

    const bodies = await takeToTheEnd(citizen, started);
    const reads = [await read(citizen, started.id).expect(200), await overview(citizen).expect(200)];
    const served: { item_id: string; explanation: { vi: string } | null }[] = await db.query(
      `SELECT r.item_id, i.explanation FROM skills_response r JOIN test_item i ON i.id = r.item_id
       WHERE r.attempt_id = $1`,
      [started.id],
    );
    const everything = JSON.stringify([...bodies, ...reads.map((r) => r.body)]);
    expect(everything).not.toMatch(LEAKS);
    for (const row of served) {
      expect(everything).not.toContain(row.item_id);
      if (row.explanation) expect(everything).not.toContain(row.explanation.vi);
    }
    for (const open of bodies.filter((b) => b.question)) expect(JSON.stringify(open)).not.toMatch(/"level"/);

    const finished = bodies[bodies.length - 1];
    expect(finished).toMatchObject({ status: 'finished', question: null, answered: served.length });
    expect(served.length).toBeLessThanOrEqual(30);
    const result = finished.result!;
    expect(result.endReason).toBe('done');
    expect(result.domains.map((d) => d.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const d of result.domains) {
      expect(d.level).toEqual(expect.any(Number));
      expect(d.meaning!.vi).toContain(`Mức ${d.level}`);
      expect(d.levelProbabilities).toHaveLength(8);
      expect(d.standardError).toBeGreaterThan(0);
    }
    expect(result.versions).toEqual({
      engine: '2026.1',
      calibration: 'prior:2026.1',
      cutScores: '2026.1',
      policy: '2026.1',
    });
  });

  it('resumes after a reload or on a second device at the same question, with the answers saved', async () => {
    const citizen = await newCitizen();
    let state: SkillsAttempt = (await start(citizen).expect(200)).body;
    for (const n of [1, 2]) {
      state = (await answer(citizen, state.id, n, await optionsFor(state.id, n, true)).expect(200)).body;
    }
    expect(state.question!.position).toBe(3);
    const reloaded: SkillsAttempt = (await read(citizen, state.id).expect(200)).body;
    const secondDevice: SkillsAttempt = (await start(citizen).expect(200)).body;
    for (const again of [reloaded, secondDevice]) {
      expect(again.id).toBe(state.id);
      expect(again.answered).toBe(2);
      expect(again.question).toEqual(state.question);
    }
    const intro: SkillsAssessmentOverview = (await overview(citizen).expect(200)).body;
    expect(intro.openAttempt).toEqual({ id: state.id, answered: 2, deadlineAt: state.deadlineAt });
  });

  it('saves an answer once: a re-sent answer returns the same state, a changed one is refused', async () => {
    const citizen = await newCitizen();
    const first: SkillsAttempt = (await start(citizen).expect(200)).body;
    const right = await optionsFor(first.id, 1, true);
    const saved: SkillsAttempt = (await answer(citizen, first.id, 1, right).expect(200)).body;
    expect((await answer(citizen, first.id, 1, right).expect(200)).body).toEqual(saved);
    const wrong = await optionsFor(first.id, 1, false);
    expect((await answer(citizen, first.id, 1, wrong).expect(409)).body.code).toBe('ANSWER_ALREADY_SAVED');
    expect((await answer(citizen, first.id, 2, []).expect(422)).body.code).toBe('ANSWER_EMPTY');
    expect((await answer(citizen, first.id, 2, ['zz']).expect(422)).body.code).toBe('ANSWER_INVALID');
    expect((await answer(citizen, first.id, 3, right).expect(404)).body.code).toBe('QUESTION_NOT_FOUND');
    expect((await answer(citizen, first.id, 'one', right).expect(404)).body.code).toBe('QUESTION_NOT_FOUND');
    expect((await read(citizen, first.id).expect(200)).body.answered).toBe(1);
  });

  it('refuses a retake inside the policy window, then allows it without repeating the previous items', async () => {
    const citizen = await newCitizen();
    const first: SkillsAttempt = (await start(citizen).expect(200)).body;
    await answer(citizen, first.id, 1, await optionsFor(first.id, 1, true)).expect(200);
    // The hour ran out two hours after it started: the next visit scores it on the answers given.
    await backdate(first.id, 2 * 3_600_000);
    const after: SkillsAssessmentOverview = (await overview(citizen).expect(200)).body;
    expect(after.openAttempt).toBeNull();
    expect(after.results).toHaveLength(1);
    const expired: SkillsAttempt = (await read(citizen, first.id).expect(200)).body;
    expect(expired.result).toMatchObject({ endReason: 'expired' });
    expect(expired.result!.domains.every((d) => d.level === null)).toBe(true);

    const refused = await start(citizen).expect(409);
    expect(refused.body.code).toBe('ASSESSMENT_RETAKE_TOO_SOON');
    expect(refused.body.message).toMatch(/làm lại/);
    const [{ started_at: startedAt }] = await db.query(`SELECT started_at FROM skills_attempt WHERE id = $1`, [
      first.id,
    ]);
    expect(Date.parse(refused.body.details.retryAt)).toBe(new Date(startedAt).getTime() + 7 * DAY_MS);
    expect(after.nextStartAt).toBe(refused.body.details.retryAt);

    await backdate(first.id, 8 * DAY_MS);
    const second: SkillsAttempt = (await start(citizen).expect(200)).body;
    expect(second.id).not.toBe(first.id);
    const [{ overlap }] = await db.query(
      `SELECT count(*)::int AS overlap FROM skills_response a JOIN skills_response b ON a.item_id = b.item_id
       WHERE a.attempt_id = $1 AND b.attempt_id = $2`,
      [first.id, second.id],
    );
    expect(overlap).toBe(0);
  });

  it('refuses an answer after the deadline and scores the attempt on the answers given', async () => {
    const citizen = await newCitizen();
    const first: SkillsAttempt = (await start(citizen).expect(200)).body;
    await backdate(first.id, 2 * 3_600_000);
    const late = await answer(citizen, first.id, 1, await optionsFor(first.id, 1, true)).expect(409);
    expect(late.body.code).toBe('ASSESSMENT_TIME_UP');
    const state: SkillsAttempt = (await read(citizen, first.id).expect(200)).body;
    expect(state).toMatchObject({ status: 'finished', answered: 0, question: null, result: { endReason: 'expired' } });
  });

  it(`saves 50 answers sent at the same moment, each once, without errors`, async () => {
    const CROWD = 50;
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const attempts: SkillsAttempt[] = (await Promise.all(citizens.map((c) => start(c)))).map((r) => {
      expect(r.status).toBe(200);
      return r.body;
    });
    const keys = await Promise.all(attempts.map((a) => optionsFor(a.id, 1, true)));
    const answered = await Promise.all(citizens.map((c, i) => answer(c, attempts[i].id, 1, keys[i])));
    expect(answered.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    expect(answered.every((r) => r.body.answered === 1 && r.body.question.position === 2)).toBe(true);
    const [{ saved, served }] = await db.query(
      `SELECT count(*) FILTER (WHERE response IS NOT NULL)::int AS saved, count(*)::int AS served
       FROM skills_response WHERE attempt_id = ANY($1)`,
      [attempts.map((a) => a.id)],
    );
    expect({ saved, served }).toEqual({ saved: CROWD, served: 2 * CROWD });

    // One person's answer re-sent ten times at once (a flaky connection): one answer, one next question.
    const [citizen] = citizens;
    const resent = await Promise.all(
      Array.from({ length: 10 }, async () =>
        answer(citizen, attempts[0].id, 2, await optionsFor(attempts[0].id, 2, true)),
      ),
    );
    expect(resent.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(resent.map((r) => JSON.stringify(r.body.question))).size).toBe(1);
    const rows = await db.query(`SELECT position FROM skills_response WHERE attempt_id = $1 ORDER BY 1`, [
      attempts[0].id,
    ]);
    expect(rows.map((r: { position: number }) => r.position)).toEqual([1, 2, 3]);
  });

  it('makes the assessment a verified digital-skills record, and a course test result learning evidence only', async () => {
    const citizen = await newCitizen();
    const { course } = await publishedCourse(app, { items: trainerItems() });
    await passTest(app, citizen, materials(course).find((m) => m.testId)!.testId!);
    const started: SkillsAttempt = (await start(citizen).expect(200)).body;
    const finished = (await takeToTheEnd(citizen, started)).pop()!;

    const rows: { object_type: string; trust: string; verb: string; context: Record<string, unknown> }[] =
      await db.query(
        `SELECT object_type, trust, verb, context FROM learning_record WHERE person_id = $1 ORDER BY seq`,
        [citizen.id],
      );
    expect(rows.map((r) => [r.object_type, r.trust, r.context['evidence']])).toEqual([
      ['test', 'verified', 'learning_completed'],
      [DIGITAL_SKILLS_ASSESSMENT, 'verified', 'digital_skills'],
    ]);
    expect(rows[1]).toMatchObject({ verb: 'assessed', context: { attemptId: started.id } });
    const records: LearningRecord[] = (await http.get('/api/my/records').set(bearer(citizen)).expect(200)).body;
    const mine = records.find((r) => r.objectType === DIGITAL_SKILLS_ASSESSMENT)!;
    expect(mine.id).toBe(finished.result!.recordId);
    expect(mine.domainLevels).toEqual(Object.fromEntries(finished.result!.domains.map((d) => [d.code, d.level])));
  });
});
