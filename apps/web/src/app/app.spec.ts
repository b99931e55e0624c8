import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Me } from '@lc/shared-contracts';
import { SessionStore, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { App } from './app';
import { shellTranslations } from './i18n';

const admin: Me = {
  id: 'u1',
  fullName: 'Lê Văn Quản',
  citizenId: null,
  birthYear: null,
  gender: null,
  communeId: null,
  communeName: null,
  groupId: null,
  populationGroup: null,
  roles: [{ id: 'g1', role: 'admin', areaId: 'hn', areaName: 'Thành phố Hà Nội' }],
};

describe(App.name, () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  async function render(signedIn?: Me) {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(shellTranslations),
      ],
    });
    if (signedIn) {
      const done = TestBed.inject(SessionStore).login({ login: 'admin', password: 'x' });
      TestBed.inject(HttpTestingController)
        .expectOne('/api/auth/login')
        .flush({ accessToken: 'a', expiresIn: 900, user: signedIn });
      await done;
    }
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const links = () => [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    return { fixture, el, links };
  }

  it('offers courses, sign-in and registration when signed out', async () => {
    const { el, links } = await render();
    expect(el.querySelector('.app-toolbar__brand')?.textContent).toContain('Công dân học tập');
    expect(el.querySelector('main#main')).not.toBeNull();
    expect(links()).toEqual(['Khoá học', 'Tra cứu giấy chứng nhận', 'Giới thiệu & hỏi đáp', 'Đăng nhập', 'Đăng ký']);
  });

  it('shows the links of the roles the user holds, the name and sign-out', async () => {
    const { el, links } = await render(admin);
    expect(links()).toEqual([
      'Khoá học',
      'Tra cứu giấy chứng nhận',
      'Giới thiệu & hỏi đáp',
      'Quản trị',
      'Dạng nội dung H5P',
      'Nạp số liệu',
      'Hiệu chỉnh câu hỏi',
      'Cấp mã đặt lại mật khẩu',
      'Tài khoản',
    ]);
    expect(el.textContent).toContain('Lê Văn Quản');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Đăng xuất')).toBe(true);
  });

  it('switches the language with a labelled button and sets <html lang>', async () => {
    const { fixture, el, links } = await render();
    const button = el.querySelector<HTMLButtonElement>('.app-toolbar__lang');
    expect(button?.getAttribute('aria-label')).toBe('Switch to English');
    button?.click();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('en');
    expect(links()).toEqual(['Courses', 'Check a certificate', 'About & FAQ', 'Sign in', 'Register']);
    expect(localStorage.getItem('lc.lang')).toBe('en');
  });

  it('opens the navigation from the menu button, and Escape closes it and gives focus back', async () => {
    const { fixture, el } = await render();
    const button = el.querySelector<HTMLButtonElement>('.app-toolbar__menu');
    const nav = el.querySelector('nav#app-nav');
    expect(button?.getAttribute('aria-controls')).toBe('app-nav');
    expect(button?.getAttribute('aria-expanded')).toBe('false');

    button?.click();
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(button?.getAttribute('aria-label')).toBe('Đóng menu điều hướng');
    expect(nav?.classList).toContain('app-nav--open');

    nav?.querySelector('a')?.focus();
    nav?.querySelector('a')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(nav?.classList).not.toContain('app-nav--open');
    expect(document.activeElement).toBe(button);
  });
});
