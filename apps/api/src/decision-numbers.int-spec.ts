import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BA_DINH, NGOC_HA, THIS_YEAR, TODAY, verifiedApplications } from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

/** Issue 9 §4: a decision's number is unique per commune and year of signing, even when many race for it. */
describe('decision numbers (HTTP, PostgreSQL)', () => {
  const CROWD = 50;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const number = () => `${Math.random().toString(36).slice(2, 8)}/QĐ-UBND`;
  const decide = (who: TestUser, applicationIds: string[], no: string, signedOn = TODAY, communeId = BA_DINH) =>
    http
      .post('/api/decisions')
      .set(bearer(who))
      .send({ communeId, number: no, signedOn, signerName: 'Trần Văn Ký', applicationIds });

  /** `count` applications of new citizens of the commune, verified. */
  const verified = async (count: number, communeId = BA_DINH, year = THIS_YEAR) =>
    verifiedApplications(app, await createUsers(app, count, [{ role: 'citizen', areaId: communeId }]), communeId, year);

  const statuses = async (ids: string[]) =>
    (
      await app.get(DataSource).query(`SELECT status, decision_id FROM title_application WHERE id = ANY($1)`, [ids])
    ).map((r: { status: string }) => r.status);

  it(`lets exactly one of ${CROWD} different decisions sent at once under one number win`, async () => {
    const ids = await verified(CROWD);
    const approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
    const no = number();
    const results = await Promise.all(ids.map((id) => decide(approver, [id], no)));
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201))
      expect([r.status, r.body.code]).toEqual([409, 'DECISION_NUMBER_TAKEN']);

    // Nothing half-written: one decision row, the winner's application alone recognised, one transition for it.
    const ds = app.get(DataSource);
    const rows = await ds.query(`SELECT id FROM title_decision WHERE commune_id = $1 AND number = $2`, [BA_DINH, no]);
    expect(rows).toEqual([{ id: won[0].body.id }]);
    const all = await statuses(ids);
    expect(all.filter((s: string) => s === 'recognised')).toHaveLength(1);
    expect(all.filter((s: string) => s === 'verified')).toHaveLength(CROWD - 1);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM application_transition WHERE application_id = ANY($1) AND to_status = 'recognised'`,
      [ids],
    );
    expect(n).toBe(1);
  });

  it('takes the same number again in another year and in another commune, never twice in one', async () => {
    const approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
    const no = number();
    const [thisYear, again] = await verified(2);
    const [lastYear] = await verified(1, BA_DINH, THIS_YEAR - 1);
    await decide(approver, [thisYear], no).expect(201);
    const taken = await decide(approver, [again], no).expect(409);
    expect(taken.body).toEqual({ code: 'DECISION_NUMBER_TAKEN', message: expect.stringContaining(String(THIS_YEAR)) });
    await decide(approver, [lastYear], no, `${THIS_YEAR - 1}-12-30`).expect(201);

    const [ngocHa] = await verified(1, NGOC_HA);
    const ngocHaApprover = await createUser(app, [{ role: 'approver', areaId: NGOC_HA }]);
    await decide(ngocHaApprover, [ngocHa], no, TODAY, NGOC_HA).expect(201);
    expect(await statuses([thisYear, again, lastYear, ngocHa])).toEqual(
      expect.arrayContaining(['recognised', 'verified', 'recognised', 'recognised']),
    );
    expect((await statuses([again]))[0]).toBe('verified');
  });

  it('keeps the year equal to the signing date’s in the database itself, whoever writes the row', async () => {
    const [row] = await app.get(DataSource).query(`SELECT id, created_by, commune_id FROM title_decision LIMIT 1`);
    // As the owner: the rule must hold for whoever can write the table, not only for the API's role.
    await asOwner(async (owner) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, count].
      const [[moved]] = await owner.query(
        `UPDATE title_decision SET year = year + 1 WHERE id = $1
           RETURNING year, extract(year FROM signed_on)::int AS "signedYear"`,
        [row.id],
      );
      expect(moved.year).toBe(moved.signedYear);
      const [raw] = await owner.query(
        `INSERT INTO title_decision (commune_id, number, signed_on, signer_name, created_by)
           VALUES ($1, $2, '2025-06-30', 'Lê Văn Ký', $3) RETURNING year`,
        [row.commune_id, number(), row.created_by],
      );
      expect(raw.year).toBe(2025);
      await expect(
        owner
          .query(`ALTER TABLE title_decision DISABLE TRIGGER title_decision_year`)
          .then(() => owner.query(`UPDATE title_decision SET year = 1999 WHERE id = $1`, [row.id])),
      ).rejects.toThrow(/title_decision_year_of_signing/);
      await owner.query(`ALTER TABLE title_decision ENABLE TRIGGER title_decision_year`);
    });
  });
});
