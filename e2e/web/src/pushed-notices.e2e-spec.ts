import { expect, test } from '@playwright/test';
import { expectNoCspViolations, navigate, openAs, submittedApplicant } from './support';

// Notices pushed over the notice stream (issue 11 §4, docs/adr/0032), on a 360 × 780 phone.
test.afterEach(expectNoCspViolations);

const run = Date.now() % 100000;
const year = new Date().getFullYear();
const PASSWORD = 'MatKhau-ThongBao-2026';
/** Born 1990, female; province 052 keeps clear of the other specs' numbers. */
const citizenId = `0521900${String(run).padStart(5, '0')}`;
const fullName = `Lê Thị Thông Báo ${run}`;

test('the citizen sees the officer return their application while their page stays open', async ({
  browser,
  request,
}) => {
  await submittedApplicant(request, fullName, citizenId, PASSWORD);
  const citizen = await openAs(browser, citizenId, PASSWORD);
  await navigate(citizen, 'Hồ sơ danh hiệu');
  await expect(citizen).toHaveURL(/\/title$/);
  await expect(citizen.getByRole('link', { name: 'Thông báo, 1 chưa đọc' })).toBeVisible();
  const shownAt = citizen.url();
  const navigations: string[] = [];
  citizen.on('framenavigated', (frame) => frame === citizen.mainFrame() && navigations.push(frame.url()));

  const officer = await openAs(browser, 'verifier');
  await navigate(officer, 'Hồ sơ cần xét');
  await officer.getByLabel('Tìm theo họ tên').fill(fullName);
  await officer.getByRole('link', { name: fullName }).click();
  await officer.getByLabel('Lý do trả lại').fill('Hãy bổ sung minh chứng cho mục 2.1.');
  await officer.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(officer.getByText('Đã trả lại hồ sơ cho người đề nghị.')).toBeVisible();

  // No navigation, no reload: the notice arrives on the open page, in the polite live region under the header.
  const notice = citizen.getByRole('status').filter({ hasText: 'Thông báo mới' });
  await expect(notice).toContainText(`Thông báo mới: Hồ sơ danh hiệu năm ${year} được trả lại để bạn bổ sung.`, {
    timeout: 10_000,
  });
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  await expect(citizen.getByRole('link', { name: 'Thông báo, 2 chưa đọc' })).toBeVisible();
  expect(citizen.url()).toBe(shownAt);
  expect(navigations).toEqual([]);

  // The notice is in the header's reach on the phone, and closing it leaves the bell's count.
  const box = await notice.boundingBox();
  expect(box && box.y + box.height).toBeLessThan(780);
  await notice.getByRole('button', { name: 'Đóng thông báo mới' }).click();
  await expect(citizen.getByText('Thông báo mới:')).toHaveCount(0);
  await expect(citizen.getByRole('link', { name: 'Thông báo, 2 chưa đọc' })).toBeVisible();

  await officer.context().close();
  await citizen.context().close();
});
