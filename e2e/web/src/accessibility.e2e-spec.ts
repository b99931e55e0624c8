import { expect, test } from '@playwright/test';
import { accessibilityViolations, expectNoCspViolations, openAs } from './support';

test.afterEach(expectNoCspViolations);

const pages: [string | undefined, string, string][] = [
  [undefined, '/', 'Khoá học'],
  [undefined, '/login', 'Đăng nhập'],
  [undefined, '/register', 'Đăng ký tài khoản'],
  [undefined, '/verify', 'Kiểm tra giấy chứng nhận'],
  [undefined, '/help', 'Giới thiệu & hỏi đáp'],
  ['001185000001', '/title', 'Công dân học tập'],
  ['001185000001', '/my-learning', 'Việc học của tôi'],
  ['001185000001', '/notices', 'Thông báo'],
  ['trainer', '/trainer', 'Soạn khoá học'],
  ['reviewer', '/review', 'Duyệt khoá học'],
  ['verifier', '/officer', 'Hồ sơ cần xử lý'],
  ['approver', '/officer/decisions', 'Quyết định công nhận'],
  ['analyst', '/dashboard', 'Chỉ số Công dân học tập'],
  ['admin', '/admin', 'Quản trị'],
];

for (const [login, path, heading] of pages) {
  test(`${path} has no serious accessibility problems${login ? ` (as ${login})` : ''}`, async ({ browser }) => {
    const page = await openAs(browser, login);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}
