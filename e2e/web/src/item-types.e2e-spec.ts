import { APIRequestContext, expect, Locator, Page, request, test } from '@playwright/test';
import { Client } from 'pg';
import { DEMO_PASSWORD, expectNoCspViolations, navigate, openAs, startCourseTest } from './support';

test.afterEach(expectNoCspViolations);

const port = process.env['E2E_PORT'] ?? '3210';
const courseTitle = `Bốn loại câu hỏi ${Date.now().toString(36)}`;
/** One bank item of each new type: a short answer, an ordering, a matching and a hotspot item. */
const ITEMS = ['1.1-L2-002', '1.2-L3-001', '1.1-L4-001', '1.2-L2-003'];

interface Keyed {
  id: string;
  type: string;
  options: { id: string; text: { vi: string } }[];
  answer: { accepted?: string[]; order?: string[]; pairs?: Record<string, string>; regionId?: string };
  extra: {
    pairs?: { left: { id: string; text: { vi: string } }[]; right: { id: string; text: { vi: string } }[] };
    regions?: { id: string; label: { vi: string } }[];
  };
}

async function db<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    connectionString:
      process.env['DATABASE_URL'] ??
      `postgres://postgres:postgres@127.0.0.1:${process.env['PG_E2E_PORT'] ?? 54349}/lc_e2e`,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function signedIn(login: string): Promise<APIRequestContext> {
  const anon = await request.newContext({ baseURL: `http://localhost:${port}` });
  const res = await anon.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  const { accessToken } = await res.json();
  return request.newContext({
    baseURL: `http://localhost:${port}`,
    extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` },
  });
}

/**
 * A trainer writes a course with a five-item test through the API and a reviewer publishes it; the test's items are
 * then swapped for four bank items of the new types (trainers write only choice items), as the seed would.
 */
async function publishCourseWithNewTypes(title = courseTitle): Promise<void> {
  const trainer = await signedIn('trainer');
  const course = await (
    await trainer.post('/api/courses', {
      data: {
        title,
        summary: 'Tìm kiếm và nhận biết tin nhắn lừa đảo.',
        competences: ['1.1', '1.2'],
        level: 2,
        populationGroups: ['other'],
        estimatedMinutes: 20,
        moduleTitle: 'Bài 1',
      },
    })
  ).json();
  const item = (n: number) => ({
    type: 'single_choice',
    competence: '1.1',
    level: 2,
    stem: `Câu hỏi tạm ${n}?`,
    options: ['Có', 'Không'],
    correct: [0],
  });
  const withTest = await trainer.post(`/api/courses/${course.id}/materials/test`, {
    data: { title: 'Kiểm tra bốn loại câu hỏi', items: [1, 2, 3, 4, 5].map(item) },
  });
  expect(withTest.status()).toBe(201);
  const testId = (await withTest.json()).modules[0].materials.find((m: { kind: string }) => m.kind === 'test').testId;
  expect((await trainer.post(`/api/courses/${course.id}/submission`)).status()).toBe(200);
  const reviewer = await signedIn('reviewer');
  expect((await reviewer.post(`/api/courses/${course.id}/publication`)).status()).toBe(200);
  await db((c) => c.query(`UPDATE test SET item_ids = $2 WHERE id = $1`, [testId, ITEMS]));
}

/** The question whose stem contains `stem`, as its fieldset. */
const question = (page: Page, stem: string): Locator => page.locator('fieldset').filter({ hasText: stem });

async function expectSaved(q: Locator): Promise<void> {
  await expect(q.getByText('Đã lưu')).toBeVisible();
}

test('a citizen answers a short answer, ordering, matching and hotspot item by keyboard on a phone', async ({
  browser,
}) => {
  await publishCourseWithNewTypes();
  const items: Keyed[] = await db(
    async (c) =>
      (await c.query(`SELECT id, type, options, answer, extra FROM test_item WHERE id = ANY($1)`, [ITEMS])).rows,
  );
  const [short, ordering, matching, hotspot] = ITEMS.map((id) => items.find((i) => i.id === id)!);
  const stem = async (id: string) =>
    (await db((c) => c.query(`SELECT stem FROM test_item WHERE id = $1`, [id]))).rows[0].stem.vi.slice(0, 40) as string;

  const page = await openAs(browser, '001185000001');
  await navigate(page, 'Khoá học');
  await page.getByRole('link', { name: courseTitle }).click();
  await startCourseTest(page);
  await expect(page.getByText('Đã trả lời 0/4 câu')).toBeVisible();

  await test.step('types a short answer in capitals and leaves the field', async () => {
    const q = question(page, await stem(short.id));
    const field = q.getByRole('textbox', { name: 'Câu trả lời của bạn' });
    await field.focus();
    await page.keyboard.type(`  ${short.answer.accepted![0].toUpperCase()} `);
    await page.keyboard.press('Tab');
    await expectSaved(q);
  });

  await test.step('puts the steps in order with the “Lên” buttons, hearing where each one went', async () => {
    const q = question(page, await stem(ordering.id));
    const text = new Map(ordering.options.map((o) => [o.id, o.text.vi]));
    const order = ordering.options.map((o) => o.id);
    for (const [target, id] of ordering.answer.order!.entries()) {
      const up = q.getByRole('button', { name: `Chuyển “${text.get(id)}” lên` });
      await expect(up).toBeVisible();
      for (let at = order.indexOf(id); at > target; at--) {
        await up.focus();
        await page.keyboard.press('Enter');
        await expect(q.getByText(`“${text.get(id)}” giờ ở vị trí ${at} trên ${order.length}.`)).toBeAttached();
        order.splice(at - 1, 0, ...order.splice(at, 1));
      }
    }
    await expect(q.getByRole('listitem').first()).toContainText(text.get(ordering.answer.order![0])!);
    await expectSaved(q);
  });

  await test.step('matches each search technique by opening its list with the keyboard', async () => {
    const q = question(page, await stem(matching.id));
    const rights = matching.extra.pairs!.right;
    for (const left of matching.extra.pairs!.left) {
      const select = q.getByRole('combobox', { name: left.text.vi });
      await expect(select).toBeVisible();
      await select.focus();
      await page.keyboard.press('Enter');
      const right = rights.find((r) => r.id === matching.answer.pairs![left.id])!;
      const option = page.getByRole('option', { name: right.text.vi, exact: true });
      await expect(option).toBeVisible();
      const steps = rights.indexOf(right) + 1;
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(select).toContainText(right.text.vi);
      // The closed list leaves the page only after its animation; the next select's options must not meet it there.
      await expect(page.getByRole('listbox')).toHaveCount(0);
    }
    await expectSaved(q);
  });

  await test.step('sees the picture, and chooses the scam link from the list of its parts', async () => {
    const q = question(page, await stem(hotspot.id));
    await expect(q.getByRole('img', { name: /Màn hình tin nhắn/ })).toBeVisible();
    const label = hotspot.extra.regions!.find((r) => r.id === hotspot.answer.regionId)!.label.vi;
    const radio = q.getByRole('radio', { name: label });
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
    await expectSaved(q);
  });

  await test.step('submits and sees every answer graded right by the server', async () => {
    await expect(page.getByText('Đã trả lời 4/4 câu')).toBeVisible();
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
    await expect(page.getByText('Điểm của bạn: 4/4')).toBeVisible();
  });
  await page.context().close();
});

test('on a slow line, a question whose controls are still downloading says so, then shows them', async ({
  browser,
}) => {
  const title = `${courseTitle} (chậm)`;
  await publishCourseWithNewTypes(title);
  // No service worker: page.route() must see the deferred chunk's request.
  const page = await openAs(browser, '001185000001', DEMO_PASSWORD, { serviceWorkers: 'block' });
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold back the chunk that defines the short answer's, ordering's, matching's and hotspot's controls.
  await page.route(/\/chunk-[A-Z0-9]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('[["lp-item-answer"]]')) await held;
    await route.fulfill({ response, body });
  });
  await navigate(page, 'Khoá học');
  await page.getByRole('link', { name: title }).click();
  await startCourseTest(page);

  const q = question(page, 'Câu 1');
  await expect(q.getByRole('status')).toHaveText('Đang tải phần trả lời của câu hỏi…');
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Đang tải' })).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Nộp bài' })).toBeVisible();
  release();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Đang tải' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Câu trả lời của bạn' })).toBeVisible();
  await expect(page.getByRole('combobox')).not.toHaveCount(0);
  await page.context().close();
});
