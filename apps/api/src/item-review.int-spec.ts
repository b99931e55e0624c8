import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ItemProposalRequest, ItemReviewQueue, ReviewedItem } from '@lc/shared-contracts';
import { BA_DINH, CITY, draftCourse, trainerItems } from './testing/fixtures';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

const proposal = (stem = 'Mật khẩu nào sau đây mạnh nhất?'): ItemProposalRequest => ({
  type: 'single_choice',
  competence: '4.1',
  level: 3,
  stem: { vi: stem, en: 'Which of these passwords is the strongest?' },
  options: [
    { vi: '12345678', en: '12345678' },
    { vi: 'Ho-Guom-mua-thu-2025!', en: 'Ho-Guom-mua-thu-2025!' },
    { vi: 'matkhau', en: 'password' },
  ],
  correct: [1],
  explanation: { vi: 'Dài, có chữ hoa, số và ký hiệu.', en: 'Long, with capitals, digits and symbols.' },
});

describe('item review and problem reports (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let limited: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;

  beforeAll(async () => {
    [app, limited] = await Promise.all([createTestApp(), createTestApp({ RATE_LIMIT_ITEM_REPORT: '3/3600' })]);
    http = request(app.getHttpServer());
    db = app.get(DataSource);
  });
  // Passport keeps one 'jwt' strategy per process: the apps close together, at the end.
  afterAll(() => Promise.all([app, limited].map((a) => a?.close())));

  const trainer = () => createUser(app, [{ role: 'trainer', areaId: CITY }]);
  const reviewer = () => createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
  const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const propose = (who: TestUser, body: ItemProposalRequest = proposal()) =>
    http.post('/api/item-proposals').set(bearer(who)).send(body);
  const decide = (who: TestUser, id: string, action: string, reasons?: string[]) =>
    http.post(`/api/item-review/items/${id}/decisions`).set(bearer(who)).send({ action, reasons });
  const queue = async (who: TestUser): Promise<ItemReviewQueue> =>
    (await http.get('/api/item-review/queue').set(bearer(who)).expect(200)).body;
  const mine = async (who: TestUser): Promise<ReviewedItem[]> =>
    (await http.get('/api/item-proposals').set(bearer(who)).expect(200)).body;

  async function courseAttempt() {
    const { trainer: author, course } = await draftCourse(app);
    const withTest = (
      await http
        .post(`/api/courses/${course.id}/materials/test`)
        .set(bearer(author))
        .send({ title: 'Bài kiểm tra', items: trainerItems(5) })
        .expect(201)
    ).body;
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(author)).expect(200);
    await http
      .post(`/api/courses/${course.id}/publication`)
      .set(bearer(await reviewer()))
      .expect(200);
    const testId = withTest.modules.flatMap((m: { materials: { testId?: string }[] }) => m.materials)[0].testId;
    const person = await citizen();
    const attempt = (await http.post(`/api/tests/${testId}/attempts`).set(bearer(person)).expect(200)).body;
    return { person, attempt: attempt as { id: string; items: { id: string }[] } };
  }

  it('takes a proposal through return, edit and publication, and tells its author why', async () => {
    const [author, checker] = [await trainer(), await reviewer()];
    const item: ReviewedItem = (await propose(author).expect(201)).body;
    expect(item).toMatchObject({ status: 'in_review', version: 1, lineageId: item.id, correctOptionIds: ['b'] });
    expect(item.options[1].text).toEqual({ vi: 'Ho-Guom-mua-thu-2025!', en: 'Ho-Guom-mua-thu-2025!' });

    const waiting = (await queue(checker)).items.find((i) => i.id === item.id);
    expect(waiting).toMatchObject({ correctOptionIds: ['b'], explanation: item.explanation, authorName: 'Cán bộ Thử' });

    const returned = (await decide(checker, item.id, 'return', ['Phương án C không phải tiếng Anh.']).expect(200)).body;
    expect(returned.status).toBe('returned');
    const own = (await mine(author)).find((i) => i.id === item.id)!;
    expect(own).toMatchObject({ status: 'returned', reviewReasons: ['Phương án C không phải tiếng Anh.'] });
    expect((await queue(checker)).items.map((i) => i.id)).not.toContain(item.id);

    const edited = (
      await http
        .put(`/api/item-proposals/${item.id}`)
        .set(bearer(author))
        .send(proposal('Mật khẩu nào dưới đây mạnh nhất?'))
        .expect(200)
    ).body;
    expect(edited).toMatchObject({
      status: 'in_review',
      reviewReasons: [],
      stem: { vi: 'Mật khẩu nào dưới đây mạnh nhất?' },
    });

    expect((await decide(checker, item.id, 'publish').expect(200)).body.status).toBe('published');
    const [row] = await db.query(`SELECT status, reviewed_by FROM test_item WHERE id = $1`, [item.id]);
    expect(row).toEqual({ status: 'published', reviewed_by: checker.id });
    // Published: the author can no longer change it in place.
    const late = await http.put(`/api/item-proposals/${item.id}`).set(bearer(author)).send(proposal()).expect(409);
    expect(late.body.code).toBe('ITEM_STATE_CHANGED');
  });

  it('refuses whoever may not: citizens, trainers deciding, reviewers on their own items, strangers editing', async () => {
    const [author, other, checker, person] = [await trainer(), await trainer(), await reviewer(), await citizen()];
    const item: ReviewedItem = (await propose(author).expect(201)).body;
    expect((await propose(person).expect(403)).body.code).toBe('ROLE_REQUIRED');
    expect((await http.get('/api/item-proposals').set(bearer(person)).expect(403)).body.code).toBe('ROLE_REQUIRED');
    for (const who of [author, person]) {
      expect((await http.get('/api/item-review/queue').set(bearer(who)).expect(403)).body.code).toBe('ROLE_REQUIRED');
      expect((await decide(who, item.id, 'publish').expect(403)).body.code).toBe('ROLE_REQUIRED');
    }
    await http.get('/api/item-review/queue').expect(401);
    const stranger = await http.put(`/api/item-proposals/${item.id}`).set(bearer(other)).send(proposal()).expect(404);
    expect(stranger.body.code).toBe('ITEM_NOT_FOUND');
    expect((await mine(other)).map((i) => i.id)).not.toContain(item.id);

    const ownItem: ReviewedItem = (await propose(checker).expect(201)).body;
    expect((await decide(checker, ownItem.id, 'publish').expect(403)).body.code).toBe('ITEM_OWN_REVIEW_FORBIDDEN');
    expect((await decide(checker, item.id, 'return').expect(422)).body.code).toBe('REVIEW_REASONS_REQUIRED');
    expect((await decide(checker, item.id, 'approve').expect(400)).body.code).toBeDefined();
    expect((await decide(checker, 'b-none', 'publish').expect(404)).body.code).toBe('ITEM_NOT_FOUND');

    const bad = { ...proposal(), correct: [0, 1] };
    expect((await propose(author, bad).expect(422)).body.code).toBe('ITEM_PROPOSAL_INVALID');
    const noEnglish = { ...proposal(), stem: { vi: 'Câu hỏi không có bản tiếng Anh?' } };
    expect((await propose(author, noEnglish as never).expect(400)).body.code).toBeDefined();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM test_item WHERE author_id = $1`, [author.id]);
    expect(n).toBe(1);
  });

  it('publishes exactly one of 50 concurrent decisions on one item', async () => {
    const author = await trainer();
    const checkers = await createUsers(app, 5, [{ role: 'content_reviewer', areaId: CITY }]);
    const item: ReviewedItem = (await propose(author).expect(201)).body;
    // Both act only on an item in review: whichever lands first decides, the rest find it decided.
    const actions = ['publish', 'return'] as const;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => decide(checkers[i % 5], item.id, actions[i % 2], ['Chưa rõ.'])),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = answers.filter((r) => r.status !== 200);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect([r.status, r.body.code]).toEqual([409, 'ITEM_STATE_CHANGED']);
    const winner = answers.find((r) => r.status === 200)!.body as ReviewedItem;
    const [row] = await db.query(`SELECT status FROM test_item WHERE id = $1`, [item.id]);
    expect(row.status).toBe(winner.status);
  });

  it('makes an edit of a published item its next version, and keeps the answered version intact', async () => {
    const [author, editor, checker] = [await trainer(), await trainer(), await reviewer()];
    const first: ReviewedItem = (await propose(author).expect(201)).body;
    await decide(checker, first.id, 'publish').expect(200);
    const revision = { ...proposal('Trong các mật khẩu sau, mật khẩu nào mạnh nhất?'), revises: first.id };
    const second: ReviewedItem = (await propose(editor, revision).expect(201)).body;
    expect(second).toMatchObject({ lineageId: first.id, version: 2, status: 'in_review' });
    // One open revision at a time, and the published version serves meanwhile.
    expect((await propose(author, revision).expect(409)).body.code).toBe('ITEM_REVISION_OPEN');
    const concurrent = await Promise.all(Array.from({ length: 50 }, () => decide(checker, second.id, 'publish')));
    expect(concurrent.filter((r) => r.status === 200)).toHaveLength(1);

    const rows = await db.query(
      `SELECT id, version, status, stem->>'vi' AS stem FROM test_item WHERE COALESCE(lineage_id, id) = $1 ORDER BY version`,
      [first.id],
    );
    expect(rows).toEqual([
      { id: first.id, version: 1, status: 'superseded', stem: first.stem.vi },
      { id: second.id, version: 2, status: 'published', stem: revision.stem.vi },
    ]);
    // A third version revises the lineage through its current version.
    const third = (
      await propose(author, { ...proposal('Mật khẩu nào mạnh nhất trong số này?'), revises: second.id }).expect(201)
    ).body;
    expect(third).toMatchObject({ lineageId: first.id, version: 3 });
    expect((await propose(author, { ...proposal(), revises: first.id }).expect(404)).body.code).toBe('ITEM_NOT_FOUND');
  });

  it('stays whole under 50 concurrent proposals, revisions, edits and report closures', async () => {
    const [author, checker] = [await trainer(), await reviewer()];
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => propose(author, proposal(`Câu hỏi số ${i}?`))),
    );
    expect(created.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(created.map((r) => r.body.id)).size).toBe(50);

    const [base] = created.map((r) => r.body as ReviewedItem);
    await decide(checker, base.id, 'publish').expect(200);
    const revisions = await Promise.all(
      Array.from({ length: 50 }, () => propose(author, { ...proposal('Bản sửa?'), revises: base.id })),
    );
    expect(revisions.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of revisions.filter((r) => r.status !== 201))
      expect([r.status, r.body.code]).toEqual([409, 'ITEM_REVISION_OPEN']);

    const returned = created[1].body as ReviewedItem;
    await decide(checker, returned.id, 'return', ['Sửa lại.']).expect(200);
    const edits = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        http
          .put(`/api/item-proposals/${returned.id}`)
          .set(bearer(author))
          .send(proposal(`Bản ${i}?`)),
      ),
    );
    expect(edits.map((r) => r.status)).toEqual(Array(50).fill(200));
    const [row] = await db.query(`SELECT status, review_reasons FROM test_item WHERE id = $1`, [returned.id]);
    expect(row).toEqual({ status: 'in_review', review_reasons: [] });

    const { person, attempt } = await courseAttempt();
    await http
      .post(`/api/attempts/${attempt.id}/problem-reports`)
      .set(bearer(person))
      .send({ itemId: attempt.items[0].id, reason: 'typo' })
      .expect(201);
    const [{ id: reportId }] = await db.query(`SELECT id FROM item_problem_report WHERE reporter_id = $1`, [person.id]);
    const closures = await Promise.all(
      Array.from({ length: 50 }, () => http.post(`/api/item-review/reports/${reportId}/closure`).set(bearer(checker))),
    );
    expect(closures.map((r) => r.status)).toEqual(Array(50).fill(204));
    const [report] = await db.query(`SELECT status FROM item_problem_report WHERE id = $1`, [reportId]);
    expect(report.status).toBe('closed');
  });

  it('shows a reviewer the items, keys and explanations of a course test before publishing the course', async () => {
    const { trainer: author, course } = await draftCourse(app);
    await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(author))
      .send({ title: 'Bài kiểm tra', items: trainerItems(5) })
      .expect(201);
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(author)).expect(200);
    const checker = await reviewer();
    const tests = (await http.get(`/api/item-review/courses/${course.id}/tests`).set(bearer(checker)).expect(200)).body;
    expect(tests).toHaveLength(1);
    expect(tests[0].items).toHaveLength(5);
    expect(tests[0].items[0]).toMatchObject({ correctOptionIds: ['a'], explanation: { vi: 'Vì đó là cách an toàn.' } });
    expect(tests[0].items[1].correctOptionIds).toEqual(['a', 'c']);
    for (const who of [author, await citizen()])
      await http.get(`/api/item-review/courses/${course.id}/tests`).set(bearer(who)).expect(403);
  });

  describe('"Báo lỗi câu hỏi"', () => {
    const report = (who: TestUser, attemptId: string, itemId: string, over: object = {}) =>
      http
        .post(`/api/attempts/${attemptId}/problem-reports`)
        .set(bearer(who))
        .send({ itemId, reason: 'wrong_key', note: 'Đáp án B mới đúng.', ...over });

    it('lands a course-test report in the reviewers queue, and tells the citizen nothing about the item', async () => {
      const { person, attempt } = await courseAttempt();
      const itemId = attempt.items[0].id;
      const res = await report(person, attempt.id, itemId).expect(201);
      expect(res.body).toEqual({ received: true });
      const found = (await queue(await reviewer())).reports.find((r) => r.item.id === itemId)!;
      expect(found).toMatchObject({
        reason: 'wrong_key',
        note: 'Đáp án B mới đúng.',
        item: { correctOptionIds: ['a'] },
      });
      expect(JSON.stringify(found)).not.toContain(person.id);
      // Closing it takes it off the queue; closing again does no harm.
      const checker = await reviewer();
      await http.post(`/api/item-review/reports/${found.id}/closure`).set(bearer(checker)).expect(204);
      await http.post(`/api/item-review/reports/${found.id}/closure`).set(bearer(checker)).expect(204);
      expect((await queue(checker)).reports.map((r) => r.id)).not.toContain(found.id);
      await http.post(`/api/item-review/reports/${found.id}/closure`).set(bearer(person)).expect(403);
    });

    it('refuses reports on items outside one own attempt, and from other roles', async () => {
      const { person, attempt } = await courseAttempt();
      const stranger = await citizen();
      expect((await report(stranger, attempt.id, attempt.items[0].id).expect(404)).body.code).toBe(
        'ITEM_NOT_IN_ATTEMPT',
      );
      expect((await report(person, attempt.id, '1.1-L1-001').expect(404)).body.code).toBe('ITEM_NOT_IN_ATTEMPT');
      expect((await report(await trainer(), attempt.id, attempt.items[0].id).expect(403)).body.code).toBe(
        'ROLE_REQUIRED',
      );
      expect(
        (await report(person, attempt.id, attempt.items[0].id, { reason: 'boring' }).expect(400)).body.code,
      ).toBeDefined();
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM item_problem_report WHERE reporter_id = ANY($1)`, [
        [person.id, stranger.id],
      ]);
      expect(n).toBe(0);
    });

    it('keeps one report of 50 concurrent sends of the same report, and limits the rest', async () => {
      const { person, attempt } = await courseAttempt();
      const sends = await Promise.all(
        Array.from({ length: 50 }, () => report(person, attempt.id, attempt.items[1].id)),
      );
      // RATE_LIMIT_ITEM_REPORT is 30 an hour: the first 30 are received, the others refused, none fails.
      expect(sends.filter((r) => r.status === 201)).toHaveLength(30);
      for (const r of sends.filter((r) => r.status !== 201))
        expect([r.status, r.body.code]).toEqual([429, 'RATE_LIMITED']);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM item_problem_report WHERE reporter_id = $1`, [
        person.id,
      ]);
      expect(n).toBe(1);
    });

    it('reports an assessment question by its position, and the report survives a new version of the item', async () => {
      const person = await citizen();
      const started = (await http.post('/api/skills-assessment/attempts').set(bearer(person)).send({}).expect(200))
        .body;
      const res = await http
        .post(`/api/skills-assessment/attempts/${started.id}/questions/1/problem-reports`)
        .set(bearer(person))
        .send({ reason: 'unclear' })
        .expect(201);
      expect(res.body).toEqual({ received: true });
      await http
        .post(`/api/skills-assessment/attempts/${started.id}/questions/2/problem-reports`)
        .set(bearer(person))
        .send({ reason: 'unclear' })
        .expect(404);
      await http
        .post(`/api/skills-assessment/attempts/${started.id}/questions/99999999999/problem-reports`)
        .set(bearer(person))
        .send({ reason: 'unclear' })
        .expect(404);
      const [{ item_id: served }] = await db.query(
        `SELECT item_id FROM skills_response WHERE attempt_id = $1 AND position = 1`,
        [started.id],
      );
      const [author, checker] = [await trainer(), await reviewer()];
      // A reviewer reads the reported item with its key, to judge the report; a trainer may not.
      const read = await http.get(`/api/item-review/items/${served}`).set(bearer(checker)).expect(200);
      expect(read.body).toMatchObject({ id: served, status: 'published', version: 1 });
      // The first question is drawn at random among all seven types: the key is in one list or the other.
      expect([...read.body.correctOptionIds, ...read.body.otherKey].length).toBeGreaterThan(0);
      await http.get(`/api/item-review/items/${served}`).set(bearer(author)).expect(403);
      await http.get(`/api/item-review/items/nope`).set(bearer(checker)).expect(404);
      const revision: ReviewedItem = (await propose(author, { ...proposal(), revises: served }).expect(201)).body;
      await decide(checker, revision.id, 'publish').expect(200);
      const found = (await queue(checker)).reports.find((r) => r.item.id === served)!;
      expect(found).toMatchObject({ reason: 'unclear', item: { status: 'superseded', version: 1 } });
      // The attempt still holds the version it was served.
      const [row] = await db.query(`SELECT item_id FROM skills_response WHERE attempt_id = $1 AND position = 1`, [
        started.id,
      ]);
      expect(row.item_id).toBe(served);
    });

    it('limits reports per citizen', async () => {
      const lhttp = request(limited.getHttpServer());
      const person = await createUser(limited, [{ role: 'citizen', areaId: BA_DINH }]);
      const started = (await lhttp.post('/api/skills-assessment/attempts').set(bearer(person)).send({}).expect(200))
        .body;
      const send = () =>
        lhttp
          .post(`/api/skills-assessment/attempts/${started.id}/questions/1/problem-reports`)
          .set(bearer(person))
          .send({ reason: 'typo' });
      for (let i = 0; i < 3; i++) await send().expect(201);
      const over = await send().expect(429);
      expect(over.body.code).toBe('RATE_LIMITED');
    });
  });
});
