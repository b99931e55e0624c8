import { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { DecisionSummary } from '@lc/shared-contracts';
import { BA_DINH, CITY, NGOC_HA, TODAY, verifiedApplications } from './testing/fixtures';
import { binaryBody } from './testing/response-body';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** Issue 9 §4: a decision as a PDF with its annex, and the annex as the association's spreadsheet. */
describe('decision documents (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let decisionId: string;
  let approver: TestUser;
  let groupName: string;
  const number = `${Math.floor(Math.random() * 1e6)}/QĐ-UBND`;

  const download = (who: TestUser | null, path: string) => {
    const req = http.get(`/api/decisions/${decisionId}/${path}`).buffer(true).parse(binaryBody);
    return who ? req.set(bearer(who)) : req;
  };

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    const admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    const group = await http
      .post(`/api/areas/${BA_DINH}/groups`)
      .set(bearer(admin))
      .send({ name: `Tổ dân phố ${Math.floor(Math.random() * 1e6)}` })
      .expect(201);
    const citizen = (fullName: string, gender: 'male' | 'female', birthYear: number) =>
      createUser(app, [{ role: 'citizen', areaId: BA_DINH }], { fullName, gender, birthYear, groupId: group.body.id });
    const people = [await citizen('Trần Thị Bình', 'female', 1991), await citizen('Nguyễn Văn An', 'male', 1975)];
    const ids = await verifiedApplications(app, people, BA_DINH);
    approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
    const decision = await http
      .post('/api/decisions')
      .set(bearer(approver))
      .send({ communeId: BA_DINH, number, signedOn: TODAY, signerName: 'Lê Văn Ký', applicationIds: ids })
      .expect(201);
    decisionId = decision.body.id;
    groupName = group.body.name;
  });
  afterAll(() => app.close());

  it("lists the commune's decisions to its verifiers and approvers, and to nobody else", async () => {
    for (const who of [approver, await createUser(app, [{ role: 'verifier', areaId: BA_DINH }])]) {
      const list: DecisionSummary[] = (await http.get('/api/decisions').set(bearer(who)).expect(200)).body;
      expect(list.find((d) => d.id === decisionId)).toEqual({
        id: decisionId,
        number,
        signedOn: TODAY,
        signerName: 'Lê Văn Ký',
        communeId: BA_DINH,
        communeName: 'Phường Ba Đình',
        year: Number(TODAY.slice(0, 4)),
        recognisedCount: 2,
      });
    }
    const ngocHa = await createUser(app, [{ role: 'approver', areaId: NGOC_HA }]);
    const theirs: DecisionSummary[] = (await http.get('/api/decisions').set(bearer(ngocHa)).expect(200)).body;
    expect(theirs.map((d) => d.id)).not.toContain(decisionId);
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    expect((await http.get('/api/decisions').set(bearer(citizen)).expect(403)).body.code).toBe('ROLE_REQUIRED');
    await http.get('/api/decisions').expect(401);
  });

  it('gives the decision as a PDF only to officers of its commune, and answers others as if it did not exist', async () => {
    const res = await download(approver, 'decision.pdf').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toContain('quyet-dinh-');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const ngocHa = await createUser(app, [{ role: 'approver', areaId: NGOC_HA }]);
    // Outside the area the decision is answered as missing (ADR 0027).
    expect((await download(ngocHa, 'decision.pdf').expect(404)).body.toString()).toContain('DECISION_NOT_FOUND');
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    expect((await download(citizen, 'decision.pdf').expect(403)).body.toString()).toContain('ROLE_REQUIRED');
    expect((await download(citizen, 'annex.xlsx').expect(403)).body.toString()).toContain('ROLE_REQUIRED');
    expect((await download(ngocHa, 'annex.xlsx').expect(404)).body.toString()).toContain('DECISION_NOT_FOUND');
    await download(null, 'annex.xlsx').expect(401);
    const missing = await http
      .get('/api/decisions/00000000-0000-4000-8000-000000000000/annex.xlsx')
      .set(bearer(approver))
      .expect(404);
    expect(missing.body.code).toBe('DECISION_NOT_FOUND');
  });

  it('gives the annex as a spreadsheet with one row per recognised person', async () => {
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BA_DINH }]);
    const res = await download(verifier, 'annex.xlsx').expect(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    const [sheet] = book.worksheets;
    expect(sheet.name).toBe('Danh sách');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(String(sheet.getCell(3, 1).value)).toContain('CÔNG DÂN HỌC TẬP');
    expect(String(sheet.getCell(4, 1).value)).toContain(number);
    expect(values(5)).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh (Nam)',
      'Năm sinh (Nữ)',
      'Thôn/Tổ dân phố',
      'Tổng điểm',
      'Mã giấy chứng nhận',
      'Có giá trị đến',
      'Ghi chú',
    ]);
    const code = expect.stringMatching(/^[A-Z2-9]{10}$/);
    const until = `31/12/${Number(TODAY.slice(0, 4)) + 1}`;
    expect(values(6)).toEqual([1, 'Nguyễn Văn An', 1975, undefined, groupName, 80, code, until, '']);
    expect(values(7)).toEqual([2, 'Trần Thị Bình', undefined, 1991, groupName, 80, code, until, '']);
    expect(sheet.rowCount).toBe(7);
  });
});
