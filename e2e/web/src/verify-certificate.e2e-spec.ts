import { readFile } from 'node:fs/promises';
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoCspViolations, openAs } from './support';

const ITEMS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];

test.afterEach(expectNoCspViolations);

/** Two recognised titles of the demo commune, as the approver's own list shows them. */
async function twoCertificateCodes(request: APIRequestContext): Promise<[string, string]> {
  const login = await request.post('/api/auth/login', { data: { login: 'approver', password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const recognised: { id: string }[] = await (
    await request.get('/api/applications?status=recognised', { headers })
  ).json();
  expect(recognised.length).toBeGreaterThanOrEqual(2);
  const codes = await Promise.all(
    recognised
      .slice(0, 2)
      .map(
        async (a) =>
          (await (await request.get(`/api/applications/${a.id}`, { headers })).json()).certificateCode as string,
      ),
  );
  return [codes[0], codes[1]];
}

async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Mã xác thực').fill(code);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
}

const result = (page: Page) => page.getByTestId('verify-result');

test('a visitor verifies by typed code on /verify, and a second code replaces the first', async ({
  browser,
  request,
}) => {
  const [first, second] = await twoCertificateCodes(request);
  const page = await openAs(browser);
  await page.goto('/verify');

  // Lower case and spaces as people type them: the code is still found, and the page does not reload.
  await typeCode(page, ` ${first.toLowerCase()} `);
  await expect(page).toHaveURL(new RegExp(`/verify/${first}$`));
  await expect(result(page)).toContainText(`Kết quả kiểm tra mã ${first}`);
  await expect(result(page)).toContainText('Giấy chứng nhận hợp lệ');
  await expect(page.getByLabel('Mã xác thực')).toHaveValue(first);

  await typeCode(page, second);
  await expect(page).toHaveURL(new RegExp(`/verify/${second}$`));
  await expect(result(page)).toContainText(`Kết quả kiểm tra mã ${second}`);
  await expect(result(page)).not.toContainText(first);

  // Back goes to the first code's address, and its result follows.
  await page.goBack();
  await expect(result(page)).toContainText(`Kết quả kiểm tra mã ${first}`);
});

test('on /verify/<code> a newly typed code is checked, and an unknown one is never shown as valid', async ({
  browser,
  request,
}) => {
  const [first, second] = await twoCertificateCodes(request);
  const page = await openAs(browser);
  await page.goto(`/verify/${first}`);
  await expect(result(page)).toContainText(`Kết quả kiểm tra mã ${first}`);

  await typeCode(page, second);
  await expect(page).toHaveURL(new RegExp(`/verify/${second}$`));
  await expect(result(page)).toContainText(`Kết quả kiểm tra mã ${second}`);
  await expect(result(page)).toContainText('Giấy chứng nhận hợp lệ');

  await typeCode(page, 'ZZZZZZZZZZ');
  await expect(page).toHaveURL(/\/verify\/ZZZZZZZZZZ$/);
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy giấy chứng nhận nào có mã ZZZZZZZZZZ');
  await expect(page.getByText('Giấy chứng nhận hợp lệ')).toHaveCount(0);

  // An empty field asks for a code instead of leaving the page.
  await page.getByLabel('Mã xác thực').fill('');
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByText('Hãy nhập mã xác thực')).toBeVisible();
  await expect(page).toHaveURL(/\/verify\/ZZZZZZZZZZ$/);
});

async function bearerOf(request: APIRequestContext, login: string, password = DEMO_PASSWORD) {
  const res = await request.post('/api/auth/login', { data: { login, password } });
  expect(res.status()).toBe(200);
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** A new citizen of the demo commune recognised through the API, as the officers' pages would do it. */
async function recognisedCitizen(request: APIRequestContext) {
  const run = Date.now();
  const person = { id: `0011859${String(run % 100000).padStart(5, '0')}`, password: 'MatKhau-2026' };
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const registered = await request.post('/api/auth/register', {
    data: {
      fullName: `Lê Thị Chứng ${String(run % 100000)}`,
      citizenId: person.id,
      birthYear: 1985,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password: person.password,
    },
  });
  expect(registered.status()).toBe(201);
  const citizen = await bearerOf(request, person.id, person.password);
  const year = new Date().getFullYear();
  const opened = await (await request.post('/api/my/applications', { headers: citizen, data: { year } })).json();
  const scores = Object.fromEntries(ITEMS.map((item) => [item, 8]));
  expect(
    (await request.put(`/api/applications/${opened.id}/scores`, { headers: citizen, data: { scores } })).ok(),
  ).toBe(true);
  expect((await request.post(`/api/applications/${opened.id}/submission`, { headers: citizen })).ok()).toBe(true);
  const verifier = await bearerOf(request, 'verifier');
  const verified = await request.post(`/api/applications/${opened.id}/verification`, {
    headers: verifier,
    data: { scores },
  });
  expect(verified.ok()).toBe(true);
  const approver = await bearerOf(request, 'approver');
  const decided = await request.post('/api/decisions', {
    headers: approver,
    data: {
      communeId: '00004',
      number: `${run % 1_000_000}/QĐ-UBND`,
      signedOn: new Date().toISOString().slice(0, 10),
      signerName: 'Lê Văn Ký',
      applicationIds: [opened.id],
    },
  });
  expect(decided.status()).toBe(201);
  return { person, applicationId: opened.id as string, approver };
}

test('a citizen downloads the PDF and the signed credential; the credential checks as valid, then as revoked', async ({
  browser,
  request,
}) => {
  const { person, applicationId, approver } = await recognisedCitizen(request);
  const citizen = await openAs(browser, person.id, person.password);
  await citizen.goto('/title/certificate');
  const code = (await citizen.getByTestId('certificate-code').innerText()).trim();

  const [pdf] = await Promise.all([
    citizen.waitForEvent('download'),
    citizen.getByRole('button', { name: 'Tải giấy chứng nhận (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`giay-chung-nhan-${code}.pdf`);
  expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const [credential] = await Promise.all([
    citizen.waitForEvent('download'),
    citizen.getByRole('button', { name: 'Tải chứng nhận số (Open Badges)' }).click(),
  ]);
  expect(credential.suggestedFilename()).toBe(`cong-dan-hoc-tap-${code}.jwt`);
  const file = await credential.path();

  const visitor = await openAs(browser);
  await visitor.goto('/verify');
  await visitor.getByLabel('Hoặc chọn tệp chứng nhận số').setInputFiles(file);
  const result = visitor.getByTestId('credential-result');
  await expect(result).toContainText('Chữ ký hợp lệ, danh hiệu còn hiệu lực');
  await expect(result).toContainText(code);

  const revoked = await request.post(`/api/applications/${applicationId}/revocation`, {
    headers: approver,
    data: { reason: 'Kê khai điểm không đúng với minh chứng.' },
  });
  expect(revoked.ok()).toBe(true);
  await visitor.getByRole('button', { name: 'Kiểm tra chứng nhận số' }).click();
  await expect(result).toContainText('Chữ ký hợp lệ, nhưng danh hiệu đã bị thu hồi');

  // Altered by one character of its payload: the signature no longer holds.
  const jwt = (await readFile(file, 'utf8')).trim();
  const [header, payload, signature] = jwt.split('.');
  const altered = `${header}.${payload.slice(0, -2)}${payload.at(-2) === 'A' ? 'B' : 'A'}${payload.at(-1)}.${signature}`;
  await visitor.getByLabel('Chứng nhận số (JWT)').fill(altered);
  await visitor.getByRole('button', { name: 'Kiểm tra chứng nhận số' }).click();
  await expect(result).toContainText('Không hợp lệ');
});
