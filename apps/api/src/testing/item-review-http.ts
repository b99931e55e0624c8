import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ItemProposalRequest, ItemReviewQueue, ReviewedItem } from '@lc/shared-contracts';
import { BA_DINH, CITY, draftCourse, trainerItems } from './fixtures';
import { bearer, createUser, TestUser } from './test-app';

/** A trainer's proposal of a single-choice item, in both languages. */
export const itemProposal = (stem = 'Mật khẩu nào sau đây mạnh nhất?'): ItemProposalRequest => ({
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

/**
 * The people and HTTP steps of item review that its specs share. Takes the app lazily, so a spec can name the steps
 * where it declares its app and create the app in beforeAll.
 */
export function itemReviewHttp(appOf: () => INestApplication) {
  const http = () => request(appOf().getHttpServer());
  const user = (role: 'trainer' | 'content_reviewer' | 'citizen', areaId = CITY) =>
    createUser(appOf(), [{ role, areaId }]);
  const reviewer = () => user('content_reviewer');
  const citizen = () => user('citizen', BA_DINH);

  /** A citizen's attempt at the test of a freshly published course: items a citizen can report. */
  async function courseAttempt() {
    const { trainer: author, course } = await draftCourse(appOf());
    const withTest = (
      await http()
        .post(`/api/courses/${course.id}/materials/test`)
        .set(bearer(author))
        .send({ title: 'Bài kiểm tra', items: trainerItems(5) })
        .expect(201)
    ).body;
    await http().post(`/api/courses/${course.id}/submission`).set(bearer(author)).expect(200);
    await http()
      .post(`/api/courses/${course.id}/publication`)
      .set(bearer(await reviewer()))
      .expect(200);
    const testId = withTest.modules.flatMap((m: { materials: { testId?: string }[] }) => m.materials)[0].testId;
    const person = await citizen();
    const attempt = (await http().post(`/api/tests/${testId}/attempts`).set(bearer(person)).expect(200)).body;
    return { person, attempt: attempt as { id: string; items: { id: string }[] } };
  }

  return {
    courseAttempt,
    trainer: () => user('trainer'),
    reviewer,
    citizen,
    propose: (who: TestUser, body: ItemProposalRequest = itemProposal()) =>
      http().post('/api/item-proposals').set(bearer(who)).send(body),
    decide: (who: TestUser, id: string, action: string, reasons?: string[]) =>
      http().post(`/api/item-review/items/${id}/decisions`).set(bearer(who)).send({ action, reasons }),
    queue: async (who: TestUser): Promise<ItemReviewQueue> =>
      (await http().get('/api/item-review/queue').set(bearer(who)).expect(200)).body,
    mine: async (who: TestUser): Promise<ReviewedItem[]> =>
      (await http().get('/api/item-proposals').set(bearer(who)).expect(200)).body,
  };
}
