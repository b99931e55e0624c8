import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  PROPOSABLE_TYPES,
  type Attempt,
  type DeliveredItem,
  type ItemProposalRequest,
  type ItemResponse,
  type ProposableType,
  type ReviewedItem,
} from '@lc/shared-contracts';
import { TestEntity } from '@lc/api-assessment';
import { ServingBanks, sampleProposal } from '@lc/api-assessment/testing';
import { CatalogService } from '@lc/api-catalog';
import { managerOf, Transactions } from '@lc/api-shared';
import { BA_DINH, CITY, draftCourse } from './testing/fixtures';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

const CROWD = 50;
const idOf = (list: DeliveredItem['options'] | undefined, vi: string) => list!.find((o) => o.text.vi === vi)!.id;
const centre = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

/** The answer the author meant, found on the item as the citizen receives it (by its texts, never by the key). */
function intended(req: ItemProposalRequest, item: DeliveredItem): ItemResponse {
  switch (req.type) {
    case 'true_false':
      return { optionIds: [String(req.truth)] };
    case 'short_answer':
      // Typed in capitals and without tone marks, which this item accepts.
      return { optionIds: [], text: ` ${req.accepted![0].toUpperCase().normalize('NFD').replace(/\p{M}/gu, '')} ` };
    case 'ordering':
      return { optionIds: req.options!.map((o) => idOf(item.options, o.vi)) };
    case 'matching':
      return {
        optionIds: [],
        pairs: req.pairs!.map((p) => ({ left: idOf(item.options, p.left.vi), right: idOf(item.matches, p.right.vi) })),
      };
    case 'hotspot':
      return { optionIds: [], point: centre(req.regions![req.correct![0]]) };
    default:
      return { optionIds: req.correct!.map((i) => idOf(item.options, req.options![i].vi)) };
  }
}

/** A wrong answer of the right shape. */
function mistaken(req: ItemProposalRequest, item: DeliveredItem): ItemResponse {
  const right = intended(req, item);
  switch (req.type) {
    case 'true_false':
      return { optionIds: [String(!req.truth)] };
    case 'short_answer':
      return { optionIds: [], text: 'không biết' };
    case 'ordering':
      return { optionIds: [...right.optionIds].reverse() };
    case 'matching': {
      const pairs = right.pairs!.map((p) => ({ ...p }));
      [pairs[0].right, pairs[1].right] = [pairs[1].right, pairs[0].right];
      return { optionIds: [], pairs };
    }
    case 'hotspot':
      return { optionIds: [], point: centre(req.regions!.find((_, i) => i !== req.correct![0])!) };
    default:
      return { optionIds: [item.options.find((o) => !right.optionIds.includes(o.id))!.id] };
  }
}

/** Issue 8 §3: proposals of every type (docs/adr/0031), from the trainer to the citizen. */
describe('item proposals of all seven types (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;
  let author: TestUser;
  let checker: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    db = app.get(DataSource);
    author = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    checker = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const propose = (who: TestUser, body: object) => http.post('/api/item-proposals').set(bearer(who)).send(body);
  const decide = (id: string, action: string, reasons?: string[]) =>
    http.post(`/api/item-review/items/${id}/decisions`).set(bearer(checker)).send({ action, reasons });
  const count = async (who: TestUser): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM test_item WHERE author_id = $1`, [who.id]))[0].n;

  /** A published course whose one test serves the given items, in that order. */
  async function courseTest(itemIds: string[]): Promise<string> {
    const { trainer, course } = await draftCourse(app);
    const title = { vi: 'Bảy loại câu hỏi đề xuất' };
    let testId = '';
    await app.get(Transactions).run(async (work) => {
      const test = await managerOf(work).getRepository(TestEntity).save({ title, itemIds, passPercent: 50 });
      await app
        .get(CatalogService)
        .addTestMaterial(work, { courseId: course.id, testId: test.id, title, itemCount: itemIds.length });
      testId = test.id;
    });
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    await http.post(`/api/courses/${course.id}/publication`).set(bearer(checker)).expect(200);
    return testId;
  }

  it('takes each type from proposal through review to a citizen, graded right and wrong on the server', async () => {
    const requests = PROPOSABLE_TYPES.map((type, n) => sampleProposal(type, n));
    const proposed: ReviewedItem[] = [];
    for (const req of requests) proposed.push((await propose(author, req).expect(201)).body);
    expect(proposed.map((p) => [p.type, p.status])).toEqual(PROPOSABLE_TYPES.map((t) => [t, 'in_review']));

    // The reviewer reads every key in words, the texts the author wrote.
    const words = (type: ProposableType) => proposed.find((p) => p.type === type)!.otherKey.join(' | ');
    expect(words('ordering')).toBe(
      '1. Mở phần cài đặt (Open the settings) | 2. Chọn Bảo mật (Choose Security) | 3. Đổi mật khẩu (Change the password)',
    );
    expect(words('matching')).toContain('Điện thoại (Phone) → Thứ bạn có (Something you have)');
    expect(words('hotspot')).toBe('Ô mật khẩu (The password box)');
    expect(words('short_answer')).toBe('mật khẩu | password');
    expect(proposed.find((p) => p.type === 'true_false')!.correctOptionIds).toEqual(['false']);

    for (const item of proposed) expect((await decide(item.id, 'publish').expect(200)).body.status).toBe('published');
    const testId = await courseTest(proposed.map((p) => p.id));

    for (const [answerWith, score] of [
      [intended, 7],
      [mistaken, 0],
    ] as const) {
      const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
      const attempt: Attempt = (await http.post(`/api/tests/${testId}/attempts`).set(bearer(person)).expect(200)).body;
      expect(attempt.items.map((i) => i.type)).toEqual([...PROPOSABLE_TYPES]);
      expect(JSON.stringify(attempt.items)).not.toMatch(/"(answer|accepted|order|regionId|regions|pairs|x|y)"/);
      for (const [n, item] of attempt.items.entries()) {
        await http
          .put(`/api/attempts/${attempt.id}/answers/${encodeURIComponent(item.id)}`)
          .set(bearer(person))
          .send(answerWith(requests[n], item))
          .expect(204);
      }
      const done: Attempt = (await http.post(`/api/attempts/${attempt.id}/submission`).set(bearer(person)).expect(200))
        .body;
      expect(done.result).toMatchObject({ score, maxScore: 7 });
    }

    // The assessment's bank takes every published bank item of a gradable type: the proposals are there, servable.
    const banks = app.get(ServingBanks, { strict: false });
    banks.invalidate();
    const bank = await banks.current();
    for (const item of proposed) expect([item.type, bank.prepared.index.has(item.id)]).toEqual([item.type, true]);
    expect(proposed.filter((item) => bank.retired.has(item.id))).toEqual([]);
  });

  it('lets the author change a returned proposal, its type included, and keeps the new key', async () => {
    const item: ReviewedItem = (await propose(author, sampleProposal('single_choice', 90)).expect(201)).body;
    await decide(item.id, 'return', ['Nên là câu nối cặp.']).expect(200);
    const own: ReviewedItem[] = (await http.get('/api/item-proposals').set(bearer(author)).expect(200)).body;
    const returned = own.find((i) => i.id === item.id)!;
    expect(returned.proposal).toMatchObject({ type: 'single_choice', correct: [1] });

    const matching = sampleProposal('matching', 90);
    const edited: ReviewedItem = (
      await http.put(`/api/item-proposals/${item.id}`).set(bearer(author)).send(matching).expect(200)
    ).body;
    expect(edited).toMatchObject({ type: 'matching', status: 'in_review', reviewReasons: [] });
    expect(edited.proposal.pairs).toEqual(matching.pairs);
    const [row] = await db.query(`SELECT options, answer FROM test_item WHERE id = $1`, [item.id]);
    expect(row).toEqual({ options: [], answer: { pairs: { l1: 'r1', l2: 'r2', l3: 'r3' } } });
  });

  it('refuses malformed proposals of every type with a clear code, and stores nothing', async () => {
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const s = sampleProposal;
    const hotspot = s('hotspot');
    const refused: [object, number, string | null][] = [
      [{ ...s('true_false'), truth: 'yes' }, 400, null],
      [{ ...s('true_false'), truth: undefined }, 422, 'ITEM_TYPE_FIELDS_MISSING'],
      [{ ...s('short_answer'), accepted: [] }, 400, null],
      [{ ...s('short_answer'), accepted: ['x'.repeat(201)] }, 400, null],
      [{ ...s('short_answer'), accepted: Array.from({ length: 11 }, (_, i) => `đáp ${i}`) }, 400, null],
      [{ ...s('short_answer'), numeric: true }, 422, 'ITEM_ANSWER_NOT_NUMERIC'],
      [{ ...s('ordering'), options: s('ordering').options!.slice(0, 2) }, 422, 'ITEM_TYPE_FIELDS_MISSING'],
      [
        { ...s('ordering'), options: [...s('ordering').options!, s('ordering').options![0]] },
        422,
        'ITEM_OPTIONS_REPEATED',
      ],
      [{ ...s('matching'), pairs: s('matching').pairs!.slice(0, 2) }, 400, null],
      [{ ...s('matching'), pairs: [{ left: { vi: 'Trái' } }, ...s('matching').pairs!] }, 400, null],
      [{ ...hotspot, picture: undefined }, 422, 'ITEM_HOTSPOT_PICTURE_REQUIRED'],
      [{ ...hotspot, regions: [hotspot.regions![0], { ...hotspot.regions![1], y: 600 }] }, 422, 'ITEM_HOTSPOT_REGIONS'],
      [{ ...hotspot, regions: [hotspot.regions![0], { ...hotspot.regions![1], y: 120 }] }, 422, 'ITEM_HOTSPOT_REGIONS'],
      [{ ...hotspot, regions: [{ ...hotspot.regions![0], x: -1 }, hotspot.regions![1]] }, 400, null],
      [{ ...hotspot, correct: [5] }, 422, 'ITEM_TYPE_FIELDS_MISSING'],
      [{ ...s('ordering'), type: 'essay' }, 400, null],
    ];
    for (const [body, status, code] of refused) {
      const res = await propose(trainer, body);
      expect([JSON.stringify(body).slice(0, 80), res.status]).toEqual([JSON.stringify(body).slice(0, 80), status]);
      expect(res.body).toMatchObject({ code: code ?? expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) });
    }
    expect(await count(trainer)).toBe(0);
  });

  it(`stores ${CROWD} concurrent proposals of mixed types, each once and keyed as its author wrote it`, async () => {
    const trainers = await createUsers(app, 10, [{ role: 'trainer', areaId: CITY }]);
    const bodies = Array.from({ length: CROWD }, (_, n) => sampleProposal(PROPOSABLE_TYPES[n % 7], 100 + n));
    const answers = await Promise.all(bodies.map((body, n) => propose(trainers[n % 10], body)));
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 201));
    const rows: { type: string; n: number }[] = await db.query(
      `SELECT type, count(*)::int AS n FROM test_item WHERE author_id = ANY($1) GROUP BY type ORDER BY type`,
      [trainers.map((t) => t.id)],
    );
    const expected = PROPOSABLE_TYPES.map((type) => ({ type, n: bodies.filter((b) => b.type === type).length }));
    expect(rows).toEqual(expected.sort((a, b) => a.type.localeCompare(b.type)));
    for (const [n, res] of answers.entries()) expect(res.body.proposal.type).toBe(bodies[n].type);
  });
});
