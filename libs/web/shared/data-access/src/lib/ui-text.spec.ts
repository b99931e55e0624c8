import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateModule, TranslateService } from '@ngx-translate/core';
import { sharedTranslations } from './i18n';
import { LanguageStore } from './language-store';
import { registerTranslations } from './translations';
import { UiMessage, failureMessage, messageCode, uiMessage } from './ui-message';
import { UiText } from './ui-text';

@Component({
  selector: 'lp-shown-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ ui.of(message()) }}</p>`,
})
class ShownMessage {
  protected readonly ui = inject(UiText);
  readonly message = signal<UiMessage | null>(null);
}

describe(UiText.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TranslateModule.forRoot()],
      providers: [provideZonelessChangeDetection()],
    });
    registerTranslations(sharedTranslations, TestBed.inject(TranslateService));
  });

  async function show(message: UiMessage) {
    const fixture = TestBed.createComponent(ShownMessage);
    fixture.componentInstance.message.set(message);
    await fixture.whenStable();
    return { text: () => (fixture.nativeElement as HTMLElement).textContent?.trim(), fixture };
  }

  it('re-renders a message already on screen when the language switches', async () => {
    const { text, fixture } = await show(uiMessage('shared.errors.network'));
    expect(text()).toBe('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(text()).toBe('Cannot reach the server. Please check your connection and try again.');

    TestBed.inject(LanguageStore).use('vi');
    await fixture.whenStable();
    expect(text()).toBe('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  });

  it('switches an API error between its own Vietnamese message and the catalogue’s English text', async () => {
    const failed = new HttpErrorResponse({
      status: 423,
      error: { code: 'AUTH_LOCKED', message: 'Tài khoản tạm khoá đến 10:00.' },
    });
    const message = failureMessage(failed);
    expect(messageCode(message)).toBe('AUTH_LOCKED');
    const { text, fixture } = await show(message);
    expect(text()).toBe('Tài khoản tạm khoá đến 10:00.');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(text()).toBe('Too many failed sign-ins. Please try again in a few minutes.');
  });

  it('fills parameters in at render time', async () => {
    const { text } = await show(uiMessage('shared.minutes', { minutes: 5 }));
    expect(text()).toBe('5 phút');
  });
});

describe(failureMessage.name, () => {
  it('tells a connection, server and unknown failure apart and carries no code for them', () => {
    expect(failureMessage(new HttpErrorResponse({ status: 0 }))).toEqual({ key: 'shared.errors.network' });
    expect(failureMessage(new HttpErrorResponse({ status: 502 }))).toEqual({ key: 'shared.errors.server' });
    expect(failureMessage(new Error('boom'))).toEqual({ key: 'shared.errors.unknown' });
    expect(messageCode(failureMessage(new Error('boom')))).toBeNull();
  });
});
