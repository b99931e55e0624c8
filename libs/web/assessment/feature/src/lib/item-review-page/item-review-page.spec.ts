import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { ReviewedItem } from '@lc/shared-contracts';
import { LanguageStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { itemBankTranslations } from '../item-bank-i18n';
import { ItemReviewPage } from './item-review-page';

const item = (id: string, stem: string): ReviewedItem => ({
  id,
  lineageId: id,
  version: 1,
  status: 'in_review',
  type: 'single_choice',
  competence: '1.1',
  level: 2,
  stem: { vi: stem },
  options: [
    { id: 'a', text: { vi: 'Đúng' } },
    { id: 'b', text: { vi: 'Sai' } },
  ],
  correctOptionIds: ['a'],
  otherKey: [],
  explanation: null,
  authorName: 'Tác giả',
  reviewReasons: [],
  createdAt: '2026-11-01T00:00:00.000Z',
  proposal: {
    type: 'single_choice',
    competence: '1.1',
    level: 2,
    stem: { vi: stem },
    options: [{ vi: 'Đúng' }, { vi: 'Sai' }],
    correct: [0],
    explanation: { vi: 'Vì đó là cách an toàn.' },
  },
});

describe(ItemReviewPage.name, () => {
  let fixture: ComponentFixture<ItemReviewPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ItemReviewPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(itemBankTranslations),
      ],
    });
    fixture = TestBed.createComponent(ItemReviewPage);
    http = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http
      .expectOne('/api/item-review/queue')
      .flush({ items: [item('i1', 'Câu một'), item('i2', 'Câu hai')], reports: [] });
    await settle();
  });

  afterEach(() => http.verify());

  it('publishes an item, drops it from the queue and announces it in the language of the moment', async () => {
    expect(el().querySelectorAll('lp-review-queue-item')).toHaveLength(2);
    const [publish] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Phát hành' }));
    void publish.click();
    await settle();
    http.expectOne('/api/item-review/items/i1/decisions').flush(item('i1', 'Câu một'));
    await settle();
    expect(el().querySelectorAll('lp-review-queue-item')).toHaveLength(1);
    const status = () => el().querySelector('[role="status"]')?.textContent?.trim();
    expect(status()).toBe('Đã phát hành câu hỏi.');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(status()).toBe('The question was published.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Publish' }))).toHaveLength(1);
  });

  it('asks for a reason before returning, and keeps a refusal beside its item', async () => {
    const [giveBack] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Trả lại' }));
    await giveBack.click();
    http.expectNone('/api/item-review/items/i1/decisions');
    const [field] = await loader.getAllHarnesses(MatFormFieldHarness);
    expect(await field.getTextErrors()).toEqual(['Hãy ghi lý do để tác giả biết cần sửa gì.']);

    const [reason] = await loader.getAllHarnesses(MatInputHarness);
    await reason.setValue('Đáp án chưa rõ');
    void giveBack.click();
    await settle();
    const req = http.expectOne('/api/item-review/items/i1/decisions');
    expect(req.request.body).toEqual({ action: 'return', reasons: ['Đáp án chưa rõ'] });
    req.flush({ code: 'ITEM_NOT_IN_REVIEW', message: 'Câu hỏi không còn chờ duyệt.' }, { status: 409, statusText: '' });
    await settle();
    const alerts = el().querySelectorAll('lp-review-queue-item [role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].textContent?.trim()).toBe('Câu hỏi không còn chờ duyệt.');
    expect(await giveBack.isDisabled()).toBe(false);
  });
});
