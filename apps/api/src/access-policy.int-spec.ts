import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ApplicationStatus } from '@lc/shared-contracts';
import {
  BA_DINH,
  CITY,
  draftCourse,
  newCourse,
  NGOC_HA,
  passTest,
  publishedCourse,
  recognisedApplication,
  scores,
  submittedApplication,
  THIS_YEAR,
  TODAY,
  trainerItems,
  verifiedApplications,
} from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/**
 * ADR 0027: whoever may not see an object gets the same answer as for an object that does not exist, whatever the
 * object's status, so no status code tells them it exists or how far it went.
 */
describe('access policies leak nothing across areas and owners (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const officer = (role: 'verifier' | 'approver', areaId = BA_DINH) => createUser(app, [{ role, areaId }]);
  const post = (who: TestUser, path: string, body: object) => http.post(path).set(bearer(who)).send(body);

  /** One application of Ba Đình in `status`, walked there through the API by its own officers. */
  async function applicationIn(status: ApplicationStatus): Promise<string> {
    const owner = await citizen();
    if (status === 'draft') return (await post(owner, '/api/my/applications', { year: THIS_YEAR }).expect(200)).body.id;
    if (status === 'recognised' || status === 'revoked') {
      const recognised = await recognisedApplication(app, owner, BA_DINH);
      if (status === 'revoked')
        await post(await officer('approver'), `/api/applications/${recognised.id}/revocation`, {
          reason: 'Kê khai sai sự thật.',
        }).expect(200);
      return recognised.id;
    }
    if (status === 'submitted' || status === 'returned') {
      const { id } = await submittedApplication(app, owner);
      if (status === 'returned')
        await post(await officer('verifier'), `/api/applications/${id}/return`, { reason: 'Thiếu minh chứng.' }).expect(
          200,
        );
      return id;
    }
    const [id] = await verifiedApplications(app, [owner], BA_DINH);
    if (status === 'rejected')
      await post(await officer('approver'), `/api/applications/${id}/rejection`, {
        reason: 'Không trung thực.',
      }).expect(200);
    return id;
  }

  const STATUSES: ApplicationStatus[] = [
    'draft',
    'submitted',
    'verified',
    'recognised',
    'returned',
    'rejected',
    'revoked',
  ];
  const MISSING = '00000000-0000-4000-8000-000000000000';

  /** Every way an officer can ask about one application, each answered as [HTTP status, code]. */
  const asks: Record<string, (who: TestUser, id: string) => request.Test> = {
    read: (who, id) => http.get(`/api/applications/${id}`).set(bearer(who)),
    verify: (who, id) => post(who, `/api/applications/${id}/verification`, { scores: scores() }),
    return: (who, id) => post(who, `/api/applications/${id}/return`, { reason: 'Trả lại để bổ sung.' }),
    reject: (who, id) => post(who, `/api/applications/${id}/rejection`, { reason: 'Từ chối hồ sơ.' }),
    revoke: (who, id) => post(who, `/api/applications/${id}/revocation`, { reason: 'Thu hồi danh hiệu.' }),
    decide: (who, id) =>
      post(who, '/api/decisions', {
        communeId: NGOC_HA,
        number: `${Math.random().toString(36).slice(2, 8)}/QĐ-UBND`,
        signedOn: TODAY,
        signerName: 'Trần Văn Ký',
        applicationIds: [id],
      }),
  };

  it('answers a verifier and an approver of Ngọc Hà identically about Ba Đình applications in every status', async () => {
    const ids = new Map<string, string>([['missing', MISSING]]);
    for (const status of STATUSES) ids.set(status, await applicationIn(status));
    for (const role of ['verifier', 'approver'] as const) {
      const outsider = await officer(role, NGOC_HA);
      for (const [ask, send] of Object.entries(asks)) {
        const answers = new Map<string, string>();
        for (const [status, id] of ids) {
          const res = await send(outsider, id);
          answers.set(status, `${res.status} ${res.body.code}`);
        }
        const expected = answers.get('missing');
        expect({ role, ask, answers: Object.fromEntries(answers) }).toEqual({
          role,
          ask,
          answers: Object.fromEntries([...ids.keys()].map((s) => [s, expected])),
        });
        // Where the role may take the step at all, the one answer is "not found", never 403 or 409.
        const acts = ask === 'read' || ask === 'return' || (role === 'verifier') === (ask === 'verify');
        if (acts && ask !== 'decide') expect([role, ask, expected]).toEqual([role, ask, '404 APPLICATION_NOT_FOUND']);
      }
    }
    // The officers of Ba Đình still see what is theirs: the check is the area, not a blanket refusal.
    const res = await asks['read'](await officer('verifier'), ids.get('submitted')!).expect(200);
    expect(res.body.status).toBe('submitted');
  });

  it('answers an officer of the commune asking for a draft as if it did not exist', async () => {
    const draft = await applicationIn('draft');
    for (const role of ['verifier', 'approver'] as const) {
      const inside = await officer(role);
      const res = await asks['read'](inside, draft);
      expect([res.status, res.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    }
    const queue = await http.get('/api/applications?status=draft').set(bearer(await officer('verifier')));
    expect(queue.status).toBe(200);
    expect(queue.body.map((a: { id: string }) => a.id)).not.toContain(draft);
  });

  it('answers another citizen about an application the same in every status', async () => {
    const stranger = await citizen();
    const answers = new Set<string>();
    for (const status of STATUSES) {
      const id = await applicationIn(status);
      for (const res of [
        await asks['read'](stranger, id),
        await http.put(`/api/applications/${id}/scores`).set(bearer(stranger)).send({ scores: scores() }),
        await post(stranger, `/api/applications/${id}/submission`, {}),
      ])
        answers.add(`${res.status} ${res.body.code}`);
    }
    expect([...answers]).toEqual(['404 APPLICATION_NOT_FOUND']);
  });

  it('answers officers of another commune about a decision as if it did not exist', async () => {
    const recognised = await recognisedApplication(app, await citizen(), BA_DINH);
    const own = await officer('approver');
    const list = await http.get('/api/decisions').set(bearer(own)).expect(200);
    const decision = list.body.find((d: { number: string; id: string }) => d.id === recognised.decision?.id);
    expect(decision).toBeDefined();
    for (const file of ['decision.pdf', 'annex.xlsx']) {
      for (const id of [decision.id, MISSING]) {
        const res = await http.get(`/api/decisions/${id}/${file}`).set(bearer(await officer('verifier', NGOC_HA)));
        expect([file, res.status, res.body.code]).toEqual([file, 404, 'DECISION_NOT_FOUND']);
      }
    }
  });

  /** Every way a trainer reaches a course by id, each answered as "status code". */
  const courseAsks = (who: TestUser, id: string) => ({
    read: http.get(`/api/courses/${id}`).set(bearer(who)),
    edit: http.patch(`/api/courses/${id}`).set(bearer(who)).send(courseFields('Của tôi')),
    remove: http.delete(`/api/courses/${id}`).set(bearer(who)),
    submit: http.post(`/api/courses/${id}/submission`).set(bearer(who)),
    addTest: http
      .post(`/api/courses/${id}/materials/test`)
      .set(bearer(who))
      .send({ title: 'Của người khác', items: trainerItems(5) }),
    editor: http.get(`/api/courses/${id}/editor/materials`).set(bearer(who)),
  });
  /** An edit a draft's author could send: the new-course fields without the first module's title. */
  const courseFields = (title: string) => {
    const fields: Partial<ReturnType<typeof newCourse>> = { ...newCourse(), title };
    delete fields.moduleTitle;
    return fields;
  };
  const answersOf = async (asks: Record<string, request.Test>) => {
    const out: Record<string, string> = {};
    for (const [name, req] of Object.entries(asks)) {
      const res = await req;
      out[name] = `${res.status} ${res.body.code}`;
    }
    return out;
  };

  it("answers a trainer asking about another trainer's drafts as if they did not exist", async () => {
    const { trainer: author, course: draft } = await draftCourse(app);
    const { course: inReview } = await draftCourse(app, author);
    await http
      .post(`/api/courses/${inReview.id}/materials/test`)
      .set(bearer(author))
      .send({ title: 'Bài kiểm tra', items: trainerItems(5) })
      .expect(201);
    await http.post(`/api/courses/${inReview.id}/submission`).set(bearer(author)).expect(200);
    const other = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const missing = await answersOf(courseAsks(other, MISSING));
    expect(missing).toEqual(Object.fromEntries(Object.keys(missing).map((k) => [k, '404 COURSE_NOT_FOUND'])));
    expect(await answersOf(courseAsks(other, draft.id))).toEqual(missing);
    expect(await answersOf(courseAsks(other, inReview.id))).toEqual(missing);
    // The author still reaches both.
    await http.get(`/api/courses/${draft.id}`).set(bearer(author)).expect(200);
    await http.get(`/api/courses/${inReview.id}`).set(bearer(author)).expect(200);
  });

  it('answers officers and reviewers asking for a draft course as for a missing one', async () => {
    const { course } = await draftCourse(app);
    const callers = [
      await officer('verifier'),
      await officer('approver'),
      await createUser(app, [{ role: 'admin', areaId: CITY }]),
      await createUser(app, [{ role: 'analyst', areaId: CITY }]),
      await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]),
    ];
    for (const who of callers) {
      for (const id of [course.id, MISSING]) {
        const res = await http.get(`/api/courses/${id}`).set(bearer(who));
        expect([res.status, res.body.code]).toEqual([404, 'COURSE_NOT_FOUND']);
      }
    }
    const reviewer = callers[4];
    const publish = await http.post(`/api/courses/${course.id}/publication`).set(bearer(reviewer));
    expect([publish.status, publish.body.code]).toEqual([404, 'COURSE_NOT_FOUND']);
    const anonymous = await http.get(`/api/courses/${course.id}`);
    expect([anonymous.status, anonymous.body.code]).toEqual([404, 'COURSE_NOT_FOUND']);
  });

  it("answers a citizen asking about another's attempt, and another's notice, as if they did not exist", async () => {
    const { course } = await publishedCourse(app, { items: trainerItems(5) });
    const testId = course.modules.flatMap((m) => m.materials).find((m) => m.testId)!.testId!;
    const owner = await citizen();
    const stranger = await citizen();
    const open = (await http.post(`/api/tests/${testId}/attempts`).set(bearer(owner)).expect(200)).body;
    const submitted = await passTest(app, await citizen(), testId);
    for (const id of [open.id, submitted.id, MISSING]) {
      const res = await http.get(`/api/attempts/${id}`).set(bearer(stranger));
      expect([res.status, res.body.code]).toEqual([404, 'ATTEMPT_NOT_FOUND']);
      const submit = await http.post(`/api/attempts/${id}/submission`).set(bearer(stranger));
      expect([submit.status, submit.body.code]).toEqual([404, 'ATTEMPT_NOT_FOUND']);
    }
    const skills = (await http.post('/api/skills-assessment/attempts').set(bearer(owner)).send({}).expect(200)).body;
    for (const id of [skills.id, MISSING]) {
      const res = await http.get(`/api/skills-assessment/attempts/${id}`).set(bearer(stranger));
      expect([res.status, res.body.code]).toEqual([404, 'ATTEMPT_NOT_FOUND']);
    }

    // A recognised application leaves its owner a notice; nobody else can mark it, or learn it exists.
    const applicant = await citizen();
    await recognisedApplication(app, applicant, BA_DINH);
    const { notices } = (await http.get('/api/my/notices').set(bearer(applicant)).expect(200)).body;
    expect(notices.length).toBeGreaterThan(0);
    for (const id of [notices[0].id, MISSING]) {
      const res = await http.post(`/api/my/notices/${id}/read`).set(bearer(stranger));
      expect([res.status, res.body.code]).toEqual([404, 'NOTICE_NOT_FOUND']);
    }
    const after = (await http.get('/api/my/notices').set(bearer(applicant)).expect(200)).body;
    expect(after.notices[0].read).toBe(false);
  });
});
