import { HttpErrorResponse } from '@angular/common/http';
import { Injector, provideZonelessChangeDetection, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { apiErrorMessage } from './api-error-message';
import { apiProblems, injectFormErrors } from './form-errors';
import { LanguageStore } from './language-store';

const refused = (error: unknown, status = 422) => new HttpErrorResponse({ status, error });

function setup() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideTranslateService({ lang: 'vi', fallbackLang: 'vi' })],
  });
  return { translate: TestBed.inject(TranslateService), language: TestBed.inject(LanguageStore) };
}

describe(apiErrorMessage.name, () => {
  it('keeps the API’s own Vietnamese words, and words a known code from the catalogue in English', () => {
    const { translate, language } = setup();
    const err = refused({ code: 'CITIZEN_ID_TAKEN', message: 'Số định danh 001085001234 đã được đăng ký.' }, 409);
    expect(apiErrorMessage(err, translate)).toBe('Số định danh 001085001234 đã được đăng ký.');
    language.use('en');
    expect(apiErrorMessage(err, translate)).toMatch(/^This citizen ID is already registered/);
  });

  it('shows the API’s own message for a code this web build does not know', () => {
    const { translate, language } = setup();
    language.use('en');
    expect(apiErrorMessage(refused({ code: 'BRAND_NEW', message: 'Lỗi mới.' }), translate)).toBe('Lỗi mới.');
    const silent = refused({ code: 'AUTH_LOCKED', message: ' ', details: { retryAfterSeconds: 120 } }, 429);
    language.use('vi');
    expect(apiErrorMessage(silent, translate)).toBe('Đăng nhập sai nhiều lần. Vui lòng thử lại sau 2 phút.');
  });
});

describe(apiProblems.name, () => {
  const validation = refused(
    {
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu chưa hợp lệ: Họ tên cần từ 2 đến 100 ký tự.',
      details: {
        problems: [
          { path: 'fullName', code: 'FIELD_TOO_LONG', limit: 100, message: 'Họ tên cần từ 2 đến 100 ký tự.' },
          { path: 'birthYear', code: 'FIELD_TOO_SMALL', limit: 1900, message: 'Năm sinh không hợp lệ.' },
          { path: 'note', code: 'FIELD_INVALID', message: 'Ghi chú chưa hợp lệ.' },
        ],
      },
    },
    400,
  );

  it('gives one problem per refused field: the API’s words in Vietnamese, the catalogue’s in English', () => {
    const { translate, language } = setup();
    expect(apiProblems(validation, translate)).toEqual([
      { field: 'fullName', message: 'Họ tên cần từ 2 đến 100 ký tự.' },
      { field: 'birthYear', message: 'Năm sinh không hợp lệ.' },
      { field: 'note', message: 'Ghi chú chưa hợp lệ.' },
    ]);
    language.use('en');
    // The kind of problem and the rule's limit, worded in English; a rule of a DTO's own stays general.
    expect(apiProblems(validation, translate)).toEqual([
      { field: 'fullName', message: 'Enter at most 100 characters.' },
      { field: 'birthYear', message: 'Enter 1900 or more.' },
      { field: 'note', message: 'This value is not valid.' },
    ]);
  });

  it('names the control a field path maps to, where the form is shaped unlike the request', () => {
    const { translate } = setup();
    const camel = (path: string) => path.replace(/\.(vi|en)$/, (_, lang: string) => lang.toUpperCase());
    expect(apiProblems(validation, translate, {}, camel).map((p) => p.field)).toEqual([
      'fullName',
      'birthYear',
      'note',
    ]);
    const nested = refused(
      {
        code: 'VALIDATION_FAILED',
        message: '…',
        details: { problems: [{ path: 'stem.vi', code: 'FIELD_REQUIRED', message: 'Cần.' }] },
      },
      400,
    );
    expect(apiProblems(nested, translate, {}, camel)).toEqual([{ field: 'stemVI', message: 'Cần.' }]);
  });

  it('puts an error on the field its code concerns, and keeps others for the whole form', () => {
    const { translate } = setup();
    const taken = refused({ code: 'CITIZEN_ID_TAKEN', message: '…' }, 409);
    expect(apiProblems(taken, translate, { CITIZEN_ID_TAKEN: 'citizenId' })[0].field).toBe('citizenId');
    expect(apiProblems(taken, translate)[0].field).toBeUndefined();
  });
});

describe(injectFormErrors.name, () => {
  it('re-words the last failure when the language changes', () => {
    const { language } = setup();
    const errors = runInInjectionContext(TestBed.inject(Injector), () => injectFormErrors({ AUTH_INVALID: 'login' }));
    errors.fail(refused({ code: 'AUTH_INVALID', message: 'Sai.' }, 401));
    expect(errors.field('login')).toBe('Sai.');
    language.use('en');
    expect(errors.field('login')).toBe('The citizen ID / username or the password is wrong.');
    errors.clear();
    expect(errors.problems()).toEqual([]);
  });
});

describe('injectFormErrors on a form', () => {
  it('lists the invalid controls before sending, then marks the control a server error names', () => {
    setup();
    const form = new FormGroup({
      citizenId: new FormControl('', Validators.required),
      password: new FormControl('long enough'),
    });
    const errors = runInInjectionContext(TestBed.inject(Injector), () =>
      injectFormErrors({ CITIZEN_ID_TAKEN: 'citizenId' }),
    );
    expect(errors.check(form, (field) => `missing.${field}`)).toBe(false);
    expect(errors.problems()).toEqual([{ field: 'citizenId', message: 'missing.citizenId' }]);
    form.controls.citizenId.setValue('001085001234');
    expect(errors.check(form, () => '')).toBe(true);
    errors.fail(refused({ code: 'CITIZEN_ID_TAKEN', message: '…' }, 409), form);
    expect(form.controls.citizenId.hasError('server')).toBe(true);
    expect(form.controls.citizenId.touched).toBe(true);
    expect(errors.field('citizenId')).toBe('…');
  });
});
