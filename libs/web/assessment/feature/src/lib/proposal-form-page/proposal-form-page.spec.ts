import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { CompetenceFramework } from '@lc/shared-contracts';
import { LanguageStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { itemBankTranslations } from '../item-bank-i18n';
import { proposalFormTranslations } from '../proposal-form-i18n';
import { ProposalFormPage } from './proposal-form-page';

const text = (vi: string) => ({ vi, en: vi });
const framework: CompetenceFramework = {
  id: 'dc',
  title: text('Khung'),
  levelBands: [],
  domains: [
    {
      code: '4',
      name: text('An toàn'),
      competences: [{ code: '4.1', domainCode: '4', name: text('Bảo vệ thiết bị'), description: text('') }],
    },
  ],
};

const refusal = (error: object) => ({ status: 400, statusText: 'Bad Request', body: error });

describe(ProposalFormPage.name, () => {
  let fixture: ComponentFixture<ProposalFormPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const el = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  };
  const type = async (selector: string, value: string) =>
    (await loader.getHarness(MatInputHarness.with({ selector }))).setValue(value);
  const errorsOf = async (label: string, index = 0) =>
    (
      await (
        await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: label }))
      )[index].getTextErrors()
    ).join(' ');

  /** A complete item of the form's type (single choice unless `fillKey` says otherwise), sent and refused. */
  async function sendRefused(answer: object, fillKey = fillOptions): Promise<void> {
    const competence = await loader.getHarness(MatSelectHarness.with({ selector: '#proposal-competence' }));
    await competence.open();
    await competence.clickOptions({ text: /^4\.1 / });
    await type('#proposal-stemVi', 'Nên làm gì khi nhận được đường dẫn lạ?');
    await type('#proposal-stemEn', 'What should you do with a strange link?');
    await fillKey();
    await type('#proposal-explanationVi', 'Đường dẫn lạ có thể lừa đảo.');
    await type('#proposal-explanationEn', 'A strange link may be a scam.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Gửi để duyệt' }))).click();
    await settle();
    const sent = http.expectOne({ method: 'POST', url: '/api/item-proposals' });
    expect(sent.request.body).toMatchObject({ competence: '4.1' });
    sent.flush(answer, refusal(answer));
    await settle();
  }

  async function fillOptions(): Promise<void> {
    await type('#option-1-0', 'Không bấm vào');
    await type('#option-1-1', 'Do not open it');
    await type('#option-2-0', 'Bấm ngay');
    await type('#option-2-1', 'Open it at once');
    await (await loader.getAllHarnesses(MatCheckboxHarness))[0].check();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ProposalFormPage],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(itemBankTranslations),
        provideTranslations(proposalFormTranslations),
      ],
    });
    fixture = TestBed.createComponent(ProposalFormPage);
    http = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    http.expectOne('/api/competences').flush(framework);
    await settle();
  });

  afterEach(() => http.verify());

  it('shows each refused field beside its control and in the summary, which takes the focus', async () => {
    await sendRefused({
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu chưa hợp lệ.',
      details: {
        problems: [
          { path: 'stem.en', code: 'FIELD_REQUIRED', message: 'Mỗi nội dung cần bản tiếng Anh, từ 1 đến 1000 ký tự.' },
          {
            path: 'options.1.vi',
            code: 'FIELD_TOO_LONG',
            limit: 1000,
            message: 'Mỗi nội dung cần từ 1 đến 1000 ký tự.',
          },
        ],
      },
    });

    expect(await errorsOf('Câu hỏi (tiếng Anh)')).toBe('Mỗi nội dung cần bản tiếng Anh, từ 1 đến 1000 ký tự.');
    // The second option's Vietnamese text: the option list's second "Tiếng Việt" field.
    expect(await errorsOf('Tiếng Việt', 1)).toBe('Mỗi nội dung cần từ 1 đến 1000 ký tự.');
    expect(await errorsOf('Tiếng Việt', 0)).toBe('');
    const summary = el().querySelector<HTMLElement>('.lp-error-summary');
    expect(document.activeElement).toBe(summary);
    expect([...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '#proposal-stemEn',
      '#option-2-0',
    ]);
    // Not twice: the banner stays for a proposal that cannot be loaded.
    expect(el().querySelector('lp-error-banner')?.textContent?.trim()).toBe('');

    TestBed.inject(LanguageStore).use('en');
    await settle();
    expect(await errorsOf('Question (English)')).toBe('Fill in this field.');
    expect(await errorsOf('Vietnamese', 1)).toBe('Enter at most 1000 characters.');
  });

  it('keeps an item rule for the summary, and places a refusal of the picture beside the picture', async () => {
    await sendRefused({ code: 'ITEM_OPTIONS_REPEATED', message: 'Các phương án không được trùng nhau.' });
    const summary = () => el().querySelector('.lp-error-summary');
    expect(summary()?.textContent).toContain('Các phương án không được trùng nhau.');
    expect(summary()?.querySelector('a')).toBeNull();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Gửi để duyệt' }))).click();
    await settle();
    const picture = { code: 'ITEM_PICTURE_TYPE', message: 'Hình ảnh phải là PNG, JPEG hoặc WebP.' };
    http.expectOne({ method: 'POST', url: '/api/item-proposals' }).flush(picture, refusal(picture));
    await settle();
    expect(el().querySelector('lp-proposal-picture-field')?.textContent).toContain(picture.message);
    expect(summary()?.textContent).not.toContain('Các phương án không được trùng nhau.');
    expect(summary()?.querySelector('a')?.getAttribute('href')).toBe('#proposal-picture');
  });

  it('does not send again while a refused field is unchanged, and keeps its words beside it', async () => {
    const message = 'Mỗi nội dung cần từ 1 đến 1000 ký tự.';
    await sendRefused({
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu chưa hợp lệ.',
      details: { problems: [{ path: 'stem.vi', code: 'FIELD_REQUIRED', message }] },
    });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Gửi để duyệt' }))).click();
    await settle();
    http.expectNone({ method: 'POST', url: '/api/item-proposals' });
    expect(await errorsOf('Câu hỏi (tiếng Việt)')).toBe(message);
    await type('#proposal-stemVi', 'Nên làm gì với một đường dẫn lạ?');
    await settle();
    expect(await errorsOf('Câu hỏi (tiếng Việt)')).toBe('');
  });

  it('places a refusal of the accepted answers beside them', async () => {
    const message = 'Đáp án dạng số chỉ được chứa số, ví dụ 2,5 hoặc 10.';
    await sendRefused({ code: 'ITEM_ANSWER_NOT_NUMERIC', message }, async () => {
      const kind = await loader.getHarness(MatSelectHarness.with({ selector: '#proposal-type' }));
      await kind.open();
      await kind.clickOptions({ text: 'Trả lời ngắn' });
      await (await loader.getHarness(MatInputHarness.with({ ancestor: '#proposal-accepted' }))).setValue('hai');
      await (await loader.getHarness(MatCheckboxHarness.with({ label: /Đáp án là một số/ }))).check();
    });
    expect(el().querySelector('#proposal-accepted')?.textContent).toContain(message);
    expect(el().querySelector('.lp-error-summary a')?.getAttribute('href')).toBe('#proposal-accepted');
  });
});
