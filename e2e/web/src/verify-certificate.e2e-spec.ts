import { readFile } from 'node:fs/promises';
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoCspViolations, openAs } from './support';
import { recognisedCitizen } from './titles';

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

test('a citizen downloads the PDF and the signed credential; the credential checks as valid, then as revoked', async ({
  browser,
  request,
}) => {
  const { person, applicationId, approver } = await recognisedCitizen(request);
  const citizen = await openAs(browser, person.id, person.password);
  await citizen.goto('/title/certificate');
  const codeText = citizen.getByTestId('certificate-code');
  await expect(codeText).toHaveText(/^\s*[A-Z2-9]{10}\s*$/);
  const code = (await codeText.innerText()).trim();

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
  // Once a credential was issued, the look-up by code checks the title against it.
  await typeCode(visitor, code);
  await expect(visitor.getByTestId('verify-result')).toContainText('Giấy chứng nhận hợp lệ');
  await expect(visitor.getByTestId('verify-signed')).toHaveText(
    'Đã đối chiếu với chứng nhận số có chữ ký của cơ quan cấp.',
  );
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
