import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LearningRecord } from '@lc/shared-contracts';
import { NewRecord, RecordsService } from '@lc/api-records';
import { BA_DINH, materials, publishedCourse } from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('learning records (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let ds: DataSource;
  let records: RecordsService;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ds = app.get(DataSource);
    records = app.get(RecordsService);
  });
  afterAll(() => app.close());

  const newCitizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const record = (person: TestUser, n: number, extra: Partial<NewRecord> = {}): NewRecord => ({
    personId: person.id,
    verb: 'completed',
    objectType: 'test',
    objectId: `object-${n}`,
    objectName: { vi: `Hoạt động ${n}` },
    trust: 'verified',
    score: n,
    maxScore: 10,
    domainLevels: { '1': 2, '2': 1 },
    ...extra,
  });
  const chain = (personId: string): Promise<{ id: string; seq: number; prev_hash: string | null; hash: string }[]> =>
    ds.query(`SELECT id, seq, prev_hash, hash FROM learning_record WHERE person_id = $1 ORDER BY seq`, [personId]);

  it("lists only the signed-in person's records, newest first", async () => {
    const citizen = await newCitizen();
    const other = await newCitizen();
    for (const n of [1, 2, 3]) await records.appendNow(record(citizen, n));
    await records.appendNow(record(other, 9));
    const { course } = await publishedCourse(app, { h5p: true });
    const statement = { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, result: { completion: true } };
    await http
      .post(`/api/materials/${materials(course)[0].id}/xapi`)
      .set(bearer(citizen))
      .send({ statement })
      .expect(201);

    const res = await http.get('/api/my/records').set(bearer(citizen)).expect(200);
    const list: LearningRecord[] = res.body;
    expect(list.map((r) => r.objectId)).toEqual([materials(course)[0].id, 'object-3', 'object-2', 'object-1']);
    expect(list.map((r) => r.trust)).toEqual(['reported', 'verified', 'verified', 'verified']);
    expect(list[1]).toMatchObject({
      verb: 'completed',
      objectName: { vi: 'Hoạt động 3' },
      score: 3,
      maxScore: 10,
      domainLevels: { '1': 2, '2': 1 },
    });
    const hashes = await chain(citizen.id);
    expect(list.map((r) => r.hash)).toEqual(hashes.map((h) => h.hash).reverse());
    expect(
      (
        await http
          .get('/api/my/records')
          .set(bearer(await newCitizen()))
          .expect(200)
      ).body,
    ).toEqual([]);
    await http.get('/api/my/records').expect(401);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE, and the record stays as it was', async () => {
    const citizen = await newCitizen();
    const saved = await records.appendNow(record(citizen, 5));
    const change = [
      [`UPDATE learning_record SET score = 10 WHERE id = $1`, [saved.id]],
      [`DELETE FROM learning_record WHERE id = $1`, [saved.id]],
      [`DELETE FROM learning_record WHERE person_id = $1`, [citizen.id]],
      [`TRUNCATE learning_record`, []],
    ] as const;
    // The API's role may only read and add records...
    for (const [sql, params] of change) await expect(ds.query(sql, [...params])).rejects.toThrow(/permission denied/);
    // ...and the trigger refuses even the owner of the table.
    await asOwner(async (owner) => {
      for (const [sql, params] of change) await expect(owner.query(sql, [...params])).rejects.toThrow(/append-only/);
    });
    const [row] = await ds.query(`SELECT score, hash FROM learning_record WHERE id = $1`, [saved.id]);
    expect(row).toEqual({ score: 5, hash: saved.hash });
  });

  it("links each record to the previous one's hash, and the chain checks out", async () => {
    const citizen = await newCitizen();
    for (const n of [1, 2, 3, 4])
      await records.appendNow(record(citizen, n, n === 2 ? { trust: 'reported', domainLevels: null } : {}));
    const rows = await chain(citizen.id);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(rows[0].prev_hash).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(4);
    rows.forEach((r) => expect(r.hash).toMatch(/^[0-9a-f]{64}$/));
    await expect(records.chainIntact(citizen.id)).resolves.toBe(true);
  });

  it('keeps one unbroken chain when records for one person arrive at the same moment', async () => {
    const citizen = await newCitizen();
    await Promise.all(Array.from({ length: 8 }, (_, n) => records.appendNow(record(citizen, n))));
    const rows = await chain(citizen.id);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    await expect(records.chainIntact(citizen.id)).resolves.toBe(true);
  });

  it('detects tampering done behind the trigger (an altered score, a removed record)', async () => {
    const citizen = await newCitizen();
    for (const n of [1, 2, 3]) await records.appendNow(record(citizen, n));
    const rows = await chain(citizen.id);
    // Only a database superuser can do this (not the API's role): it switches triggers off for one transaction.
    const bypass = (sql: string, params: unknown[]) =>
      asOwner((owner) =>
        owner.transaction(async (tx) => {
          await tx.query(`SET LOCAL session_replication_role = replica`);
          await tx.query(sql, params);
        }),
      );
    await bypass(`UPDATE learning_record SET score = 10 WHERE id = $1`, [rows[1].id]);
    await expect(records.chainIntact(citizen.id)).resolves.toBe(false);

    const second = await newCitizen();
    for (const n of [1, 2, 3]) await records.appendNow(record(second, n));
    const secondRows = await chain(second.id);
    await bypass(`DELETE FROM learning_record WHERE id = $1`, [secondRows[1].id]);
    await expect(records.chainIntact(second.id)).resolves.toBe(false);
  });

  it('records a correction as a new record that voids the old one', async () => {
    const citizen = await newCitizen();
    const wrong = await records.appendNow(record(citizen, 2));
    const fix = await records.appendNow(record(citizen, 7, { voidsRecordId: wrong.id }));
    const [row] = await ds.query(`SELECT voids_record_id FROM learning_record WHERE id = $1`, [fix.id]);
    expect(row.voids_record_id).toBe(wrong.id);
    expect((await http.get('/api/my/records').set(bearer(citizen))).body).toHaveLength(2);
    await expect(records.chainIntact(citizen.id)).resolves.toBe(true);
  });
});
