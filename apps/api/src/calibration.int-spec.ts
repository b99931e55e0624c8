import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CalibrationRun, SkillsAttempt } from '@lc/shared-contracts';
import { createRng } from '@lc/api-assessment-engine';
import { BA_DINH, CITY } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

const PEOPLE = 400;
const CROWD = 50;
const BASE = '/api/admin/skills-assessment/calibrations';
/** b of an uncalibrated item of level L (content/assessment/engine-config.json). */
const priorB = (level: number) => -1.5 + (level - 1);

describe('assessment calibration job (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;
  let cityAdmin: TestUser;
  /** Six items of competence 1.1 answered by every simulated person, one more by only 60 of them. */
  let dense: { id: string; level: number }[];
  let sparse: { id: string; level: number };
  let simulated: string;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    db = app.get(DataSource);
    cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    const items: { id: string; level: number }[] = await db.query(
      `SELECT id, level FROM test_item WHERE source = 'bank' AND status = 'published' AND competence = '1.1'
       ORDER BY id LIMIT 7`,
    );
    dense = items.slice(0, 6);
    sparse = items[6];
    // The spec files share one database, and the adaptive attempts of earlier files answer some of these items at
    // random. Their few answers would join the simulated ones and move the estimates checked here, so they go first
    // (those files have finished).
    await db.query(`DELETE FROM skills_response WHERE item_id = ANY($1)`, [items.map((i) => i.id)]);
    await simulateAnswers();
  });
  afterAll(async () => {
    // The spec files share one database: the rules in force go back to what the seed published, for the next file.
    const ours = `SELECT id FROM skills_attempt WHERE calibration_version LIKE 'em:%' OR person_id = $1`;
    await db.query(`DELETE FROM skills_response WHERE attempt_id IN (${ours})`, [simulated]);
    await db.query(`DELETE FROM skills_attempt WHERE id IN (${ours})`, [simulated]);
    await db.query(`DELETE FROM assessment_rule_set WHERE version LIKE '%em:%'`);
    await app.close();
  });

  /**
   * PEOPLE finished attempts (long ago, outside the exposure window) whose answers follow the 2PL model with a = 1
   * and each dense item one logit harder than its level says: what calibration must find.
   */
  async function simulateAnswers(): Promise<void> {
    const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    simulated = person.id;
    const rng = createRng('calibration-int');
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const attempts: string[] = [];
    const rows: [string, number, string, boolean][] = [];
    for (let p = 0; p < PEOPLE; p++) {
      const id = randomUUID();
      attempts.push(id);
      const theta = normal();
      const answered = p < 60 ? [...dense, sparse] : dense;
      answered.forEach((item, n) => {
        const chance = 1 / (1 + Math.exp(-(theta - (priorB(item.level) + 1))));
        rows.push([id, n + 1, item.id, rng() < chance]);
      });
    }
    await db.query(
      `INSERT INTO skills_attempt (id, person_id, started_at, deadline_at, engine_version, calibration_version,
         cut_scores_version, policy_version, finished_at, end_reason)
       SELECT a, $2, now() - interval '200 days', now() - interval '199 days', '2026.1', 'prior:2026.1', '2026.1',
         '2026.1', now() - interval '200 days', 'done'
       FROM unnest($1::uuid[]) AS a`,
      [attempts, person.id],
    );
    await db.query(
      `INSERT INTO skills_response (attempt_id, position, item_id, a, b, response, correct, answered_at)
       SELECT a, p, i, 1, 0, '{"optionIds":[]}', c, now() - interval '200 days'
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::boolean[]) AS t(a, p, i, c)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
    );
  }

  const runs = async (): Promise<CalibrationRun[]> => (await http.get(BASE).set(bearer(cityAdmin)).expect(200)).body;
  async function settled(): Promise<CalibrationRun[]> {
    for (let i = 0; i < 300; i++) {
      const list = await runs();
      if (!list.some((r) => r.status === 'running')) return list;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('calibration still running');
  }
  const calibrationVersion = async (attemptId: string): Promise<string> =>
    (await db.query(`SELECT calibration_version FROM skills_attempt WHERE id = $1`, [attemptId]))[0]
      .calibration_version;

  it('lets only a city admin see or start it', async () => {
    const before = await runs();
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    await http.post(BASE).send({}).expect(401);
    expect((await http.post(BASE).set(bearer(citizen)).send({}).expect(403)).body.code).toEqual(expect.any(String));
    const refused = await http.post(BASE).set(bearer(communeAdmin)).send({}).expect(403);
    expect(refused.body).toEqual({ code: 'CITY_ADMIN_ONLY', message: expect.any(String) });
    await http.get(BASE).set(bearer(communeAdmin)).expect(403);
    const bad = await http.post(BASE).set(bearer(cityAdmin)).send({ minResponses: 5 }).expect(400);
    expect(bad.body.code).toMatch(/^[A-Z_]+$/);
    expect(await runs()).toEqual(before);
  });

  it('publishes nothing when no item has enough answers', async () => {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM assessment_rule_set`);
    await http.post(BASE).set(bearer(cityAdmin)).send({ minResponses: 100000 }).expect(202);
    const [run] = await settled();
    expect(run).toMatchObject({
      status: 'done',
      calibrationVersion: null,
      summary: { published: false, calibrated: 0 },
    });
    expect((await db.query(`SELECT count(*)::int AS count FROM assessment_rule_set`))[0].count).toBe(count);
  });

  it('re-estimates answered items by EM, keeps the others, and publishes a version new attempts use', async () => {
    const before = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const open: SkillsAttempt = (
      await http.post('/api/skills-assessment/attempts').set(bearer(before)).send({}).expect(200)
    ).body;
    const oldVersion = await calibrationVersion(open.id);

    const started: CalibrationRun = (await http.post(BASE).set(bearer(cityAdmin)).send({}).expect(202)).body;
    expect(started).toMatchObject({ status: 'running', minResponses: 200 });
    const [run] = await settled();
    expect(run).toMatchObject({ id: started.id, status: 'done', errorCode: null });
    expect(run.summary).toMatchObject({ published: true, basedOn: oldVersion, scale: 'population' });
    expect(run.summary!.calibrated).toBeGreaterThanOrEqual(dense.length);
    // It counts the assessment's server-graded answers and nothing else: no learning record, reported or verified.
    // Answers to a version another spec file has since superseded stay with that version and are not re-estimated.
    const [{ graded }] = await db.query(
      `SELECT count(*)::int AS graded FROM skills_response r JOIN test_item i ON i.id = r.item_id
        WHERE r.correct IS NOT NULL AND i.source = 'bank' AND i.status IN ('published', 'retired')`,
    );
    expect(run.summary!.responses).toBe(graded);
    // Cut scores are proposed for review beside those in force, which the run carries over unchanged.
    const [inForce]: { body: { levels: { level: number; minTheta: number }[] } }[] = await db.query(
      `SELECT body FROM assessment_rule_set WHERE kind = 'cut_scores' AND version = $1`,
      [run.summary!.cutScoresVersion],
    );
    const proposal = run.summary!.proposedCutScores!;
    expect(proposal.levels.map((l) => [l.level, l.inForce])).toEqual(
      inForce.body.levels.map((c) => [c.level, c.minTheta]),
    );
    expect(proposal.levels.every((l) => Number.isFinite(l.proposed))).toBe(true);

    const [{ body }]: { body: { items: Record<string, { a: number; b: number; source: string }> } }[] = await db.query(
      `SELECT body FROM assessment_rule_set WHERE kind = 'calibration' AND version = $1`,
      [run.calibrationVersion],
    );
    for (const item of dense) {
      expect(body.items[item.id].source).toBe('calibrated');
      expect(Math.abs(body.items[item.id].b - (priorB(item.level) + 1))).toBeLessThan(0.5);
    }
    expect(body.items[sparse.id]).toMatchObject({ source: 'prior', b: priorB(sparse.level), a: 1 });

    // The attempt started before keeps its version; the next one is served with the new one.
    expect(await calibrationVersion(open.id)).toBe(oldVersion);
    const after = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const next: SkillsAttempt = (
      await http.post('/api/skills-assessment/attempts').set(bearer(after)).send({}).expect(200)
    ).body;
    expect(await calibrationVersion(next.id)).toBe(run.calibrationVersion);
  });

  it(`starts one run at a time when ${CROWD} requests arrive at once, on the anchored scale`, async () => {
    const countVersions = async () =>
      Number((await db.query(`SELECT count(*) FROM assessment_rule_set WHERE kind = 'calibration'`))[0].count);
    const versionsBefore = await countVersions();
    const previousRuns: { id: string }[] = await db.query(`SELECT id FROM assessment_calibration_run`);
    const sent = await Promise.all(
      Array.from({ length: CROWD }, () => http.post(BASE).set(bearer(cityAdmin)).send({ minResponses: 50 })),
    );
    expect(sent.map((r) => r.status)).toEqual(sent.map(() => 202));
    await settled();
    const list: CalibrationRun[] = (
      await db.query(
        `SELECT id, status, started_at AS "startedAt", finished_at AS "finishedAt", summary
         FROM assessment_calibration_run WHERE NOT (id = ANY($1)) ORDER BY started_at`,
        [previousRuns.map((r) => r.id)],
      )
    ).map((r: CalibrationRun & { startedAt: Date; finishedAt: Date }) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt.toISOString(),
    }));
    const started = new Set(sent.map((r) => r.body.id));
    expect(list.map((r) => r.id).sort()).toEqual([...started].sort());
    expect(list.every((r) => r.status === 'done' && r.summary?.scale === 'anchors')).toBe(true);
    // The first run frees the item with 60 answers; after it, every item with enough answers is an anchor.
    const published = list.filter((r) => r.summary?.published);
    expect(published.length).toBeGreaterThanOrEqual(1);
    expect(await countVersions()).toBe(versionsBefore + published.length);
    const spans = list.map((r) => [Date.parse(r.startedAt), Date.parse(r.finishedAt!)]).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });
});
