import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { expectNoCspViolations, openAs } from './support';

test.afterEach(expectNoCspViolations);

/** axe-core's WCAG 2.1 A/AA rules on each page as its user sees it; serious and critical findings fail. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe.h5p-iframe')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

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
    expect(await violations(page)).toEqual([]);
  });
}
