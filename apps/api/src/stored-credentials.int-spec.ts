import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BA_DINH, recognisedApplication } from './testing/fixtures';
import { textBody } from './testing/response-body';
import { asOwner, bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** Issue 9 §3: the public look-up by code checks the credential signed for the title, not only the tables. */
describe('look-up against the stored signed credential (HTTP, PostgreSQL)', () => {
  const CROWD = 50;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const recognised = async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const a = await recognisedApplication(app, citizen, BA_DINH);
    return { citizen, id: a.id, code: a.certificateCode! };
  };
  const download = (citizen: TestUser, code: string) =>
    http.get(`/api/my/certificates/${code}/credential.jwt`).set(bearer(citizen)).buffer(true).parse(textBody);
  const lookUp = async (code: string) => (await http.get(`/api/public/certificates/${code}`).expect(200)).body;

  it(`keeps one credential per title when ${CROWD} downloads of it arrive at once`, async () => {
    const { citizen, id, code } = await recognised();
    const results = await Promise.all(Array.from({ length: CROWD }, () => download(citizen, code)));
    expect(results.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    const rows = await app
      .get(DataSource)
      .query(`SELECT credential FROM title_credential WHERE application_id = $1`, [id]);
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.body)).size).toBe(1);
    expect(rows[0].credential).toBe(results[0].body);
    // The API may add a credential, never change or remove one.
    await expect(
      app.get(DataSource).query(`DELETE FROM title_credential WHERE application_id = $1`, [id]),
    ).rejects.toThrow(/permission denied/);
  });

  it('says a title is tampered with once its facts no longer match what was signed', async () => {
    const { citizen, id, code } = await recognised();
    const unsigned = await recognised();
    expect(await lookUp(unsigned.code)).toMatchObject({ status: 'valid', valid: true, signed: false });
    await download(citizen, code).expect(200);
    expect(await lookUp(code)).toMatchObject({ status: 'valid', valid: true, signed: true });

    // Behind the workflow, as whoever can write the tables: the title is stretched by 72 years.
    await asOwner((owner) =>
      owner.query(`UPDATE title_application SET valid_until = '2099-12-31' WHERE id = $1`, [id]),
    );
    expect(await lookUp(code)).toMatchObject({ status: 'tampered', valid: false, signed: true });
    // A title without a stored credential is judged by the tables alone, as before.
    await asOwner((owner) =>
      owner.query(`UPDATE title_application SET valid_until = '2099-12-31' WHERE id = $1`, [unsigned.id]),
    );
    expect(await lookUp(unsigned.code)).toMatchObject({ status: 'valid', signed: false });
  });

  it('says tampered when the stored credential itself was altered', async () => {
    const { citizen, id, code } = await recognised();
    await download(citizen, code).expect(200);
    await asOwner((owner) =>
      owner.query(
        `UPDATE title_credential SET credential = regexp_replace(credential, '\\.[^.]+$', '.AAAA') WHERE application_id = $1`,
        [id],
      ),
    );
    expect(await lookUp(code)).toMatchObject({ status: 'tampered', valid: false });
  });
});
