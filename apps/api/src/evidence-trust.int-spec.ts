import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  DIGITAL_SKILLS_ASSESSMENT,
  type Application,
  type CourseDetail,
  type ItemEvidence,
  type KpiReport,
} from '@lc/shared-contracts';
import type { NewRecord } from '@lc/api-records';
import {
  BA_DINH,
  CITY,
  draftCourse,
  materials,
  recognisedApplication,
  samplePackage,
  submittedApplication,
} from './testing/fixtures';
import { verifiedRecord } from './testing/learning-records';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** A commune no other spec touches, so its KPIs move only with what this spec does. */
const LINH_NAM = '00328';

/** Trust-aware evidence (issue 9 §1, docs/adr/0013); the refusal to act on a broken chain is broken-chain.int-spec. */
describe('evidence that knows its trust (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let course: CourseDetail;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    course = await courseWithH5p(7);
  }, 60_000);
  afterAll(() => app.close());

  /** A published course of `count` H5P materials, each a separate learning activity. */
  async function courseWithH5p(count: number): Promise<CourseDetail> {
    const { trainer, course: draft } = await draftCourse(app);
    for (let i = 0; i < count; i++)
      await http
        .post(`/api/courses/${draft.id}/materials/h5p`)
        .set(bearer(trainer))
        .field('title', `Hoạt động ${i + 1}`)
        .attach('file', samplePackage(), `bai-${i}.h5p`)
        .expect(201);
    await http.post(`/api/courses/${draft.id}/submission`).set(bearer(trainer)).expect(200);
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    return (await http.post(`/api/courses/${draft.id}/publication`).set(bearer(reviewer)).expect(200)).body;
  }

  /** What a forger sends from the browser: "completed, 100/100", with levels the statement cannot carry. */
  const forge = (who: TestUser, materialId: string, verb = 'completed') =>
    http
      .post(`/api/materials/${materialId}/xapi`)
      .set(bearer(who))
      .send({
        statement: {
          id: randomUUID(),
          verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
          result: {
            score: { raw: 100, max: 100 },
            success: true,
            completion: true,
            extensions: { domainLevels: { '1': 8, '2': 8, '4': 8 } },
          },
          context: { extensions: { trust: 'verified' } },
        },
      })
      .expect(201);
  const forgeAll = async (who: TestUser, verb?: string) => {
    for (const m of materials(course)) await forge(who, m.id, verb);
  };
  const citizenOf = (communeId = BA_DINH) => createUser(app, [{ role: 'citizen', areaId: communeId }]);
  const officer = (role: 'verifier' | 'approver', communeId = BA_DINH) =>
    createUser(app, [{ role, areaId: communeId }]);
  const read = async (who: TestUser, id: string): Promise<Application> =>
    (await http.get(`/api/applications/${id}`).set(bearer(who)).expect(200)).body;
  const item = (a: Application, code: string): ItemEvidence => a.evidence.find((e) => e.itemCode === code)!;
  const verified = (person: TestUser, n: number, extra: Partial<NewRecord> = {}) =>
    verifiedRecord(app, person.id, n, extra);
  it('keeps browser-reported completions below full marks, and says which trust each suggestion rests on', async () => {
    const citizen = await citizenOf();
    await forgeAll(citizen);
    await forgeAll(citizen); // the same activities again: they add nothing
    const submitted = await submittedApplication(app, citizen);
    const verifier = await officer('verifier');
    for (const code of ['1.3', '1.4']) {
      const evidence = item(await read(verifier, submitted.id), code);
      expect(evidence).toMatchObject({
        trustCounts: { verified: 0, attested: 0, reported: 14, declared: 0 },
        suggestedScore: 6,
        suggestionTrust: ['reported'],
        suggestionCapped: true,
      });
      expect(evidence.records.every((r) => r.trust === 'reported')).toBe(true);
      expect(evidence.suggestionReason?.vi).toMatch(/7 hoạt động tự báo cáo.*tối đa 2.*không đủ để đạt điểm tối đa/);
      expect(evidence.suggestionReason?.en).toContain('participation only');
    }
    expect(item(await read(verifier, submitted.id), '2.1')).toMatchObject({
      suggestedScore: null,
      suggestionTrust: [],
    });

    for (const n of [1, 2, 3, 4]) await verified(citizen, n);
    const withVerified = item(await read(verifier, submitted.id), '1.3');
    expect(withVerified).toMatchObject({
      trustCounts: { verified: 4, reported: 14 },
      suggestedScore: 10,
      suggestionTrust: ['verified', 'reported'],
    });
  });

  it('lets no browser report or course test move any KPI, while an assessment result does', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: LINH_NAM }]);
    const kpis = async (): Promise<KpiReport['kpis']> =>
      (await http.get('/api/kpis').query({ areaId: LINH_NAM }).set(bearer(analyst)).expect(200)).body.kpis;
    const holder = await citizenOf(LINH_NAM);
    await recognisedApplication(app, holder, LINH_NAM);
    const before = await kpis();
    for (const verb of ['completed', 'passed', 'answered']) await forgeAll(holder, verb);
    expect(await kpis()).toEqual(before);

    await verified(holder, 1, { verb: 'passed', objectType: 'test', domainLevels: { '1': 3, '2': 3, '4': 3 } });
    expect(await kpis()).toEqual(before);
    await verified(holder, 2, {
      verb: 'assessed',
      objectType: DIGITAL_SKILLS_ASSESSMENT,
      domainLevels: { '1': 3, '2': 3, '4': 3 },
    });
    const k3 = (r: KpiReport['kpis']) => r.find((k) => k.code === 'K3')!.numerator;
    expect(k3(await kpis())).toBe(k3(before) + 1);
  });

  it('sums the level probabilities of the assessment into K3/K4; reported results and course tests add none', async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: LINH_NAM }]);
    const numerators = async () =>
      Object.fromEntries(
        (
          (await http.get('/api/kpis').query({ areaId: LINH_NAM }).set(bearer(analyst)).expect(200)).body as KpiReport
        ).kpis.map((k) => [k.code, k.numerator]),
      );
    const holder = await citizenOf(LINH_NAM);
    await recognisedApplication(app, holder, LINH_NAM);
    const before = await numerators();
    // P(level ≥ 2) 0.9, 1 and 0.8; P(level ≥ 3) 0.6, 0.8 and 0.5 in the rule's domains 1, 2 and 4.
    const result = {
      domainLevels: { '1': 3, '2': 3, '4': 3 },
      context: {
        levelProbabilities: {
          '1': [0.1, 0.3, 0.6, 0, 0, 0, 0, 0],
          '2': [0, 0.2, 0.8, 0, 0, 0, 0, 0],
          '4': [0.2, 0.3, 0.4, 0.1, 0, 0, 0, 0],
        },
      },
    };
    await verified(holder, 1, { verb: 'passed', objectType: 'test', ...result });
    await verified(holder, 2, {
      verb: 'assessed',
      objectType: DIGITAL_SKILLS_ASSESSMENT,
      ...result,
      trust: 'reported',
    });
    await forgeAll(holder, 'passed');
    expect(await numerators()).toEqual(before);

    await verified(holder, 3, { verb: 'assessed', objectType: DIGITAL_SKILLS_ASSESSMENT, ...result });
    const after = await numerators();
    expect(after['K3'] - before['K3']).toBeCloseTo(0.9 * 1 * 0.8, 6);
    expect(after['K4'] - before['K4']).toBeCloseTo(0.6 * 0.8 * 0.5, 6);
    expect(after['K1']).toBe(before['K1']);
  });
});
