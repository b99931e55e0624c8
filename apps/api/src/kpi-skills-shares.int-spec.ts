import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DIGITAL_SKILLS_ASSESSMENT, type KpiReport } from '@lc/shared-contracts';
import { RecordsService } from '@lc/api-records';
import { TODAY, verifiedApplications } from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser, createUsers } from './testing/test-app';

/** A commune no other spec touches, so its K3/K4 move only with what this spec does. */
const BAT_BAT = '09676';
const CROWD = 50;

/** Level probabilities (levels 1–8) of person `i`, different for everyone, four decimals as results store them. */
function probabilities(i: number): Record<string, number[]> {
  const p = (low: number, two: number) =>
    [low, two, 1 - low - two, 0, 0, 0, 0, 0].map((x) => Math.round(x * 1e4) / 1e4);
  return { '1': p(0.01 * (i % 7), 0.3), '2': p(0.02 * (i % 11), 0.25), '4': p(0.005 * i, 0.4) };
}

/**
 * P(every rule domain at level ≥ min) in millionths, rounded half up as the rollups round a person's share: worked
 * in whole ten-thousandths, so that no float rounding decides a tie.
 */
function millionths(p: Record<string, number[]>, min: number): number {
  const units = ['1', '2', '4'].map((d) => p[d].slice(min - 1).reduce((a, x) => a + Math.round(x * 1e4), 0));
  return Math.round(units.reduce((a, u) => a * u, 1) / 1e6);
}

/** K3/K4 as expected counts from the assessment's level probabilities (issue 8, docs/adr/0030). */
describe('K3/K4 summed from level probabilities under concurrent results (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  }, 60_000);
  afterAll(() => app.close());

  it(`adds exactly the summed probabilities of ${CROWD} assessment results recorded at once`, async () => {
    const analyst = await createUser(app, [{ role: 'analyst', areaId: BAT_BAT }]);
    const numerators = async () =>
      Object.fromEntries(
        (
          (await http.get('/api/kpis').query({ areaId: BAT_BAT }).set(bearer(analyst)).expect(200)).body as KpiReport
        ).kpis.map((k) => [k.code, k.numerator]),
      );
    const holders = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BAT_BAT }]);
    const applicationIds = await verifiedApplications(app, holders, BAT_BAT);
    const approver = await createUser(app, [{ role: 'approver', areaId: BAT_BAT }]);
    await http
      .post('/api/decisions')
      .set(bearer(approver))
      .send({ communeId: BAT_BAT, number: '50/QĐ-UBND', signedOn: TODAY, signerName: 'Lê Văn Ký', applicationIds })
      .expect(201);
    const before = await numerators();
    expect(before['K3']).toBe(0);

    const records = app.get(RecordsService);
    await Promise.all(
      holders.map((h, i) =>
        records.appendNow({
          personId: h.id,
          verb: 'assessed',
          objectType: DIGITAL_SKILLS_ASSESSMENT,
          objectId: `attempt-${i}`,
          objectName: { vi: 'Đánh giá năng lực số' },
          trust: 'verified',
          completion: true,
          domainLevels: { '1': 2, '2': 2, '4': 2 },
          context: { levelProbabilities: probabilities(i) },
        }),
      ),
    );

    const after = await numerators();
    const expected = (min: number) => holders.reduce((s, _, i) => s + millionths(probabilities(i), min), 0) / 1e6;
    expect(after['K3']).toBeCloseTo(expected(2), 6);
    expect(after['K4']).toBeCloseTo(expected(3), 6);
    expect(after['K4_OF_K3']).toBeCloseTo(expected(3), 6);
    // Counted levels would have said 50 of 50: every estimated level is 2.
    expect(after['K3']).toBeLessThan(CROWD - 10);
    const diff = await asOwner((owner) => owner.query(`SELECT kind, key FROM kpi_rollup_diff()`));
    expect(diff).toEqual([]);
  }, 120_000);
});
