import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { KpiReport, RosterImportResult, RosterKpiValue } from '@lc/shared-contracts';
import { makeCitizenId } from '@lc/api-identity';
import { RecordsService } from '@lc/api-records';
import {
  CITY,
  materials,
  passTest,
  publishedCourse,
  recognisedApplication,
  THIS_YEAR,
  trainerItems,
} from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** Communes no other spec touches, so their rosters and KPIs move only with what these tests do. */
const NGOC_HOI = '00679';
const NAM_PHU = '00685';
const YEN_XUAN = '04930';
const QUANG_MINH = '08974';

const UNIT_HEADER = 'commune_code,year,unit_type,unit_name,citizen_id';
const unitRows = (commune: string, ids: string[], year = THIS_YEAR) =>
  [UNIT_HEADER, ...ids.map((id, i) => `${commune},${year},${i % 2 ? 'school' : 'agency'},Đơn vị ${i % 3},${id}`)].join(
    '\n',
  );
/** ID numbers nobody registered: people on a roster without an account. */
const unregistered = (n: number, from = 500_000) =>
  Array.from({ length: n }, (_, i) => makeCitizenId(1975, 'male', from + i, 30));

async function xlsx(rows: (string | number)[][]): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('rosters for K2 and K0 (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let ds: DataSource;
  let cityAdmin: TestUser;
  let cityAnalyst: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ds = app.get(DataSource);
    cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    cityAnalyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const importUnits = (who: TestUser, body: object) =>
    http.post('/api/kpis/rosters/learning-units').set(bearer(who)).send(body);
  const rosterKpi = async (areaId: string, code: 'K0' | 'K2'): Promise<RosterKpiValue> => {
    const report: KpiReport = (await http.get('/api/kpis').query({ areaId }).set(bearer(cityAnalyst)).expect(200)).body;
    return report.rosterKpis!.find((k) => k.code === code)!;
  };
  const members = async (commune: string, kind = 'learning_unit') =>
    (
      await ds.query(`SELECT count(*)::int AS n FROM kpi_roster_member WHERE commune_id = $1 AND kind = $2`, [
        commune,
        kind,
      ])
    )[0].n;
  const citizenOf = (communeId: string) => createUser(app, [{ role: 'citizen', areaId: communeId }]);

  it('counts K2 over the roster: holders on it over everyone on it, accounts or not; else falls back', async () => {
    const fallback = await rosterKpi(NGOC_HOI, 'K2');
    expect(fallback).toMatchObject({ denominatorSource: 'registered_officials', target2025: 0.6, target2030: 0.8 });
    expect(fallback.denominatorLabel.vi).toContain('chưa nạp danh sách');

    const holders = await Promise.all([1, 2, 3].map(() => citizenOf(NGOC_HOI)));
    for (const h of holders) await recognisedApplication(app, h, NGOC_HOI);
    const notYet = await citizenOf(NGOC_HOI);
    const ids = [...holders.map((h) => h.login), notYet.login, ...unregistered(8)];
    const res = await importUnits(cityAdmin, { csv: unitRows(NGOC_HOI, ids) }).expect(200);
    expect(res.body).toEqual({
      imported: 12,
      areas: [
        {
          areaId: NGOC_HOI,
          areaName: 'Xã Ngọc Hồi',
          year: THIS_YEAR,
          members: 12,
          before: { numerator: null, denominator: null },
          // 3 holders: under 10, withheld from the importer, who could otherwise test a person at a time.
          after: { numerator: null, denominator: 12 },
        },
      ],
    } satisfies RosterImportResult);
    const k2 = await rosterKpi(NGOC_HOI, 'K2');
    expect(k2).toMatchObject({ numerator: 3, denominator: 12, value: 0.25, denominatorSource: 'roster' });
    expect(k2.denominatorLabel.en).toContain('learning-unit rosters (1 communes)');

    // A recognition after the import counts at once; sending the same file again changes nothing.
    await recognisedApplication(app, notYet, NGOC_HOI);
    await importUnits(cityAdmin, { csv: unitRows(NGOC_HOI, ids) }).expect(200);
    expect(await rosterKpi(NGOC_HOI, 'K2')).toMatchObject({ numerator: 4, denominator: 12 });
    const city = await rosterKpi(CITY, 'K2');
    expect(city.denominatorSource).toBe('roster');
    expect(city.numerator).toBeGreaterThanOrEqual(4);

    // A new roster for the commune and year replaces the old one.
    await importUnits(cityAdmin, { csv: unitRows(NGOC_HOI, ids.slice(0, 5)) }).expect(200);
    expect(await rosterKpi(NGOC_HOI, 'K2')).toMatchObject({ numerator: 4, denominator: 5 });
    expect(await members(NGOC_HOI)).toBe(5);
  });

  it('reads XLSX as well as CSV, giving back the zeros Excel drops from codes typed as numbers', async () => {
    const ids = unregistered(3, 600_000);
    const sheet = await xlsx([
      UNIT_HEADER.split(','),
      [Number(NAM_PHU), THIS_YEAR, 'enterprise', 'Công ty May Nam Phù', Number(ids[0])],
      [NAM_PHU, String(THIS_YEAR), 'school', 'Trường Tiểu học Nam Phù, cơ sở 2', ids[1]],
      [NAM_PHU, THIS_YEAR, 'agency', 'UBND xã Nam Phù', ids[2]],
    ]);
    expect((await importUnits(cityAdmin, { xlsx: sheet }).expect(200)).body.imported).toBe(3);
    expect(await members(NAM_PHU)).toBe(3);

    const refused = await importUnits(cityAdmin, { xlsx: Buffer.from('not a workbook').toString('base64') }).expect(
      422,
    );
    expect(refused.body.code).toBe('IMPORT_INVALID');
    await importUnits(cityAdmin, { csv: unitRows(NAM_PHU, ids), xlsx: sheet })
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('IMPORT_FILE_REQUIRED'));
  });

  it('reports every bad row with a downloadable report and keeps nothing of the file', async () => {
    const good = unregistered(2, 700_000);
    const csv = [
      unitRows(YEN_XUAN, good),
      `${YEN_XUAN},${THIS_YEAR},bakery,Tiệm bánh,${makeCitizenId(1980, 'female', 1, 30)}`,
      `${YEN_XUAN},${THIS_YEAR},school,Trường,${good[0]}`,
    ].join('\n');
    const res = await importUnits(cityAdmin, { csv }).expect(422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    expect(res.body.details.problems.map((p: { line: number }) => p.line)).toEqual([4, 5]);
    expect(res.body.details.report.split('\n')[0]).toBe('line,message');
    expect(res.body.details.report).not.toContain(good[0]);
    expect(await members(YEN_XUAN)).toBe(0);
  });

  it("lets admins import for their own communes only; analysts, trainers and citizens can't", async () => {
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: QUANG_MINH }]);
    const ids = unregistered(2, 800_000);
    await importUnits(communeAdmin, { csv: unitRows(QUANG_MINH, ids) }).expect(200);
    const outside = await importUnits(communeAdmin, { csv: unitRows(YEN_XUAN, ids) }).expect(422);
    expect(outside.body.details.problems[0].message).toContain('ngoài địa bàn');
    for (const role of ['analyst', 'trainer', 'citizen'] as const) {
      const who = await createUser(app, [{ role, areaId: role === 'citizen' ? QUANG_MINH : CITY }]);
      await importUnits(who, { csv: unitRows(QUANG_MINH, ids) }).expect(403);
      await http.post('/api/kpis/rosters/association').set(bearer(who)).send({ csv: 'x' }).expect(403);
    }
    await http
      .post('/api/kpis/rosters/learning-units')
      .send({ csv: unitRows(QUANG_MINH, ids) })
      .expect(401);
    expect(await members(YEN_XUAN)).toBe(0);
    expect(await members(QUANG_MINH)).toBe(2);
  });

  it('takes 50 concurrent imports of one commune without a 5xx, leaving exactly one whole roster', async () => {
    const sizes = Array.from({ length: 50 }, (_, i) => 1 + (i % 7));
    const results = await Promise.all(
      sizes.map((n, i) => importUnits(cityAdmin, { csv: unitRows(YEN_XUAN, unregistered(n, 900_000 + i * 10)) })),
    );
    expect(results.map((r) => r.status)).toEqual(sizes.map(() => 200));
    const rows: { n: number; first: number }[] = await ds.query(
      `SELECT count(*)::int AS n, min(substr(citizen_id, 7)::int) AS first FROM kpi_roster_member
       WHERE commune_id = $1 AND kind = 'learning_unit' AND year = $2`,
      [YEN_XUAN, THIS_YEAR],
    );
    // One import's rows, all of them: its size is that of the import its first number belongs to.
    const winner = (rows[0].first - 900_000 - ((rows[0].first - 900_000) % 10)) / 10;
    expect(rows[0].n).toBe(sizes[winner]);
    await ds.query(`DELETE FROM kpi_roster_member WHERE commune_id = $1`, [YEN_XUAN]);
  });

  describe('K0: association members who passed the criteria course', () => {
    it('counts a server-graded pass of the criteria course only; a reported completion moves nothing', async () => {
      const { course } = await publishedCourse(app, { items: trainerItems(5) });
      const other = await publishedCourse(app, { items: trainerItems(5) });
      const analyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
      await http.put('/api/kpis/criteria-course').set(bearer(analyst)).send({ courseId: course.id }).expect(403);
      const communeAdmin = await createUser(app, [{ role: 'admin', areaId: NAM_PHU }]);
      await http.put('/api/kpis/criteria-course').set(bearer(communeAdmin)).send({ courseId: course.id }).expect(403);
      await http
        .put('/api/kpis/criteria-course')
        .set(bearer(cityAdmin))
        .send({ courseId: randomUUID() })
        .expect(422)
        .expect((r) => expect(r.body.code).toBe('CRITERIA_COURSE_INVALID'));
      const set = await http.put('/api/kpis/criteria-course').set(bearer(cityAdmin)).send({ courseId: course.id });
      expect(set.status).toBe(200);
      expect((await http.get('/api/kpis/criteria-course').set(bearer(analyst)).expect(200)).body.courseId).toBe(
        course.id,
      );

      expect(await rosterKpi(NAM_PHU, 'K0')).toMatchObject({ denominatorSource: 'none', value: null });
      const [passed, reported, wrongCourse] = await Promise.all([1, 2, 3].map(() => citizenOf(NAM_PHU)));
      const csv = [
        'commune_code,year,role,citizen_id',
        `${NAM_PHU},${THIS_YEAR},official,${passed.login}`,
        `${NAM_PHU},${THIS_YEAR},member,${reported.login}`,
        `${NAM_PHU},${THIS_YEAR},member,${wrongCourse.login}`,
        `${NAM_PHU},${THIS_YEAR},member,${unregistered(1, 950_000)[0]}`,
      ].join('\n');
      await http.post('/api/kpis/rosters/association').set(bearer(cityAdmin)).send({ csv }).expect(200);
      expect(await rosterKpi(NAM_PHU, 'K0')).toMatchObject({ numerator: 0, denominator: 4, target2025: 1 });

      await passTest(app, passed, materials(course)[0].testId!);
      await passTest(app, wrongCourse, materials(other.course)[0].testId!);
      // The browser's word that the course was done, and a claimed pass, are `reported`: they never count.
      for (const verb of ['completed', 'passed'])
        await app.get(RecordsService).appendNow({
          personId: reported.id,
          verb,
          objectType: 'test',
          objectId: materials(course)[0].testId!,
          objectName: { vi: 'Bài kiểm tra' },
          trust: 'reported',
          success: true,
          completion: true,
        });
      const k0 = await rosterKpi(NAM_PHU, 'K0');
      expect(k0).toMatchObject({ numerator: 1, denominator: 4, value: 0.25, denominatorSource: 'roster' });
      expect(k0.denominatorLabel.vi).toContain('Hội Khuyến học');
    });
  });
});
