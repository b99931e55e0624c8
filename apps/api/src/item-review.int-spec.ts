import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ReviewedItem } from '@lc/shared-contracts';
import { CITY, draftCourse, trainerItems } from './testing/fixtures';
import { itemProposal, itemReviewHttp } from './testing/item-review-http';
import { bearer, createTestApp, createUsers } from './testing/test-app';

describe('item review (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  const { courseAttempt, trainer, reviewer, citizen, propose, decide, queue, mine } = itemReviewHttp(() => app);

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
        .send(itemProposal('Mật khẩu nào dưới đây mạnh nhất?'))
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
    const late = await http.put(`/api/item-proposals/${item.id}`).set(bearer(author)).send(itemProposal()).expect(409);
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
    const stranger = await http
      .put(`/api/item-proposals/${item.id}`)
      .set(bearer(other))
      .send(itemProposal())
      .expect(404);
    expect(stranger.body.code).toBe('ITEM_NOT_FOUND');
    expect((await mine(other)).map((i) => i.id)).not.toContain(item.id);

    const ownItem: ReviewedItem = (await propose(checker).expect(201)).body;
    expect((await decide(checker, ownItem.id, 'publish').expect(403)).body.code).toBe('ITEM_OWN_REVIEW_FORBIDDEN');
    expect((await decide(checker, item.id, 'return').expect(422)).body.code).toBe('REVIEW_REASONS_REQUIRED');
    expect((await decide(checker, item.id, 'approve').expect(400)).body.code).toBeDefined();
    expect((await decide(checker, 'b-none', 'publish').expect(404)).body.code).toBe('ITEM_NOT_FOUND');

    const bad = { ...itemProposal(), correct: [0, 1] };
    expect((await propose(author, bad).expect(422)).body.code).toBe('ITEM_PROPOSAL_INVALID');
    const noEnglish = { ...itemProposal(), stem: { vi: 'Câu hỏi không có bản tiếng Anh?' } };
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
    const revision = { ...itemProposal('Trong các mật khẩu sau, mật khẩu nào mạnh nhất?'), revises: first.id };
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
      await propose(author, { ...itemProposal('Mật khẩu nào mạnh nhất trong số này?'), revises: second.id }).expect(201)
    ).body;
    expect(third).toMatchObject({ lineageId: first.id, version: 3 });
    expect((await propose(author, { ...itemProposal(), revises: first.id }).expect(404)).body.code).toBe(
      'ITEM_NOT_FOUND',
    );
  });

  it('stays whole under 50 concurrent proposals, revisions, edits and report closures', async () => {
    const [author, checker] = [await trainer(), await reviewer()];
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => propose(author, itemProposal(`Câu hỏi số ${i}?`))),
    );
    expect(created.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(created.map((r) => r.body.id)).size).toBe(50);

    const [base] = created.map((r) => r.body as ReviewedItem);
    await decide(checker, base.id, 'publish').expect(200);
    const revisions = await Promise.all(
      Array.from({ length: 50 }, () => propose(author, { ...itemProposal('Bản sửa?'), revises: base.id })),
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
          .send(itemProposal(`Bản ${i}?`)),
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
});
