import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ItemPicture, ItemProposalRequest, ItemReviewQueue, ReviewedItem } from '@lc/shared-contracts';
import { CITY } from './testing/fixtures';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

/** A real 1×1 PNG. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const alt = { vi: 'Ô mật khẩu trên màn hình đăng nhập', en: 'The password box of a sign-in screen' };
const picture = (src = `data:image/png;base64,${PNG_1X1}`, a = alt): ItemPicture => ({
  src,
  width: 1,
  height: 1,
  alt: a,
});

const proposal = (pic?: ItemPicture): ItemProposalRequest => ({
  type: 'single_choice',
  competence: '4.1',
  level: 2,
  stem: { vi: 'Ô nào trong hình dùng để nhập mật khẩu?', en: 'Which box in the picture takes the password?' },
  options: [
    { vi: 'Ô thứ nhất', en: 'The first box' },
    { vi: 'Ô thứ hai', en: 'The second box' },
  ],
  correct: [1],
  explanation: { vi: 'Ô thứ hai che các ký tự.', en: 'The second box hides the characters.' },
  ...(pic ? { picture: pic } : {}),
});

/** Issue 8 §3: a proposal's picture (ADR 0019), its checks and its way to the reviewer. */
describe('item proposals with pictures (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    db = app.get(DataSource);
  });
  afterAll(() => app?.close());

  const trainer = () => createUser(app, [{ role: 'trainer', areaId: CITY }]);
  const propose = (who: TestUser, body: ItemProposalRequest) =>
    http.post('/api/item-proposals').set(bearer(who)).send(body);
  const count = async (who: TestUser): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM test_item WHERE author_id = $1`, [who.id]))[0].n;

  it('stores the picture with its alt text and shows both to the reviewer', async () => {
    const [author, checker] = [await trainer(), await createUser(app, [{ role: 'content_reviewer', areaId: CITY }])];
    const item: ReviewedItem = (await propose(author, proposal(picture())).expect(201)).body;
    expect(item.image).toEqual(picture());
    const queue: ItemReviewQueue = (await http.get('/api/item-review/queue').set(bearer(checker)).expect(200)).body;
    expect(queue.items.find((i) => i.id === item.id)?.image).toEqual(picture());
    const [row] = await db.query(`SELECT extra FROM test_item WHERE id = $1`, [item.id]);
    expect(row.extra.image.alt).toEqual(alt);

    // An edit without the picture removes it.
    const edited = await http.put(`/api/item-proposals/${item.id}`).set(bearer(author)).send(proposal()).expect(200);
    expect(edited.body.image).toBeUndefined();
  });

  it('refuses a wrong file type, a file too big and a missing alt text, and stores nothing', async () => {
    const author = await trainer();
    const gif = picture(`data:image/png;base64,${Buffer.from('GIF89a\x01\x00\x01\x00').toString('base64')}`);
    expect((await propose(author, proposal(gif)).expect(422)).body.code).toBe('ITEM_PICTURE_TYPE');
    const svg = picture(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`);
    expect((await propose(author, proposal(svg)).expect(422)).body.code).toBe('ITEM_PICTURE_TYPE');

    const big = Buffer.concat([Buffer.from(PNG_1X1, 'base64'), Buffer.alloc(61 * 1024)]);
    const tooBig = await propose(author, proposal(picture(`data:image/png;base64,${big.toString('base64')}`)));
    expect(tooBig.status).toBe(422);
    expect(tooBig.body).toMatchObject({ code: 'ITEM_PICTURE_TOO_LARGE', message: expect.any(String) });

    const noAlt = await propose(author, proposal(picture(undefined, { vi: '  ', en: 'A box' }))).expect(422);
    expect(noAlt.body.code).toBe('ITEM_PICTURE_ALT_MISSING');
    expect(await count(author)).toBe(0);
  });

  it('takes 50 concurrent proposals with pictures, each stored once', async () => {
    const authors = await createUsers(app, 50, [{ role: 'trainer', areaId: CITY }]);
    const answers = await Promise.all(authors.map((a) => propose(a, proposal(picture()))));
    expect(answers.map((r) => r.status)).toEqual(authors.map(() => 201));
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM test_item WHERE author_id = ANY($1) AND extra->'image'->'alt'->>'en' = $2`,
      [authors.map((a) => a.id), alt.en],
    );
    expect(n).toBe(50);
  });
});
