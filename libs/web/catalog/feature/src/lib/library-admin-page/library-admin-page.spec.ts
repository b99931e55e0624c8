import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { H5pInstalledLibrary, H5pLibraryInstallPreview } from '@lc/shared-contracts';
import { LibraryAdminStore } from '@lc/web-catalog-data-access';
import { LanguageStore, messageCode, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { libraryAdminTranslations } from './library-admin-i18n';
import { LibraryAdminPage } from './library-admin-page';

const usage = { libraries: [], packages: 0, courses: [] };
const installed: H5pInstalledLibrary = {
  id: 'l1',
  library: 'H5P.Counter-1.2',
  machineName: 'H5P.Counter',
  majorVersion: 1,
  minorVersion: 2,
  patchVersion: 3,
  title: 'Counter',
  runnable: true,
  enabled: true,
  fileCount: 2,
  bytes: 2048,
  dependencies: [],
  installedAt: '2026-11-01T08:00:00.000Z',
  installedByName: null,
  usedBy: usage,
};
const preview: H5pLibraryInstallPreview = {
  id: 'i1',
  mainLibrary: 'H5P.Counter-1.2',
  changes: true,
  libraries: [{ ...installed, action: 'install', installedPatch: null, files: [], usedBy: usage }],
};

describe(LibraryAdminPage.name, () => {
  let fixture: ComponentFixture<LibraryAdminPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.trim();

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LibraryAdminPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(sharedTranslations),
        provideTranslations(libraryAdminTranslations),
      ],
    });
    fixture = TestBed.createComponent(LibraryAdminPage);
    http = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http.expectOne('/api/admin/h5p/libraries').flush([installed]);
    http.expectOne('/api/admin/h5p/library-changes').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function chooseFile(): void {
    const input = el().querySelector<HTMLInputElement>('#library-file');
    if (!input) throw new Error('no file input');
    const file = new File(['PK'], 'counter.h5p');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
  }

  it('asks for a file, and says so again in English after a language switch', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Xem trước' }))).click();
    expect(text('#library-file-error')).toBe('Vui lòng chọn một tệp .h5p');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(text('#library-file-error')).toBe('Please choose an .h5p file');
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: 'Show what it installs' }))).isDisabled()).toBe(
      false,
    );
  });

  it('installs after the preview and announces it in the language of the moment', async () => {
    chooseFile();
    const show = (await loader.getHarness(MatButtonHarness.with({ text: 'Xem trước' }))).click();
    await fixture.whenStable();
    http.expectOne('/api/admin/h5p/library-installs').flush(preview);
    await show;
    await fixture.whenStable();

    const install = loader.getHarness(MatButtonHarness.with({ text: 'Cài đặt' }));
    const clicked = (await install).click();
    await fixture.whenStable();
    http
      .expectOne('/api/admin/h5p/library-installs/i1/confirmation')
      .flush({ installed: ['H5P.Counter-1.2'], upgraded: [] });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/admin/h5p/libraries').flush([installed]);
    http.expectOne('/api/admin/h5p/library-changes').flush([]);
    await clicked;
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('Đã cài đặt.');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('Installed.');
  });

  it('shows a refused package at the file field, with the API’s code kept', async () => {
    chooseFile();
    const show = (await loader.getHarness(MatButtonHarness.with({ text: 'Xem trước' }))).click();
    await fixture.whenStable();
    http
      .expectOne('/api/admin/h5p/library-installs')
      .flush(
        { code: 'H5P_CONTENT_MISSING', message: 'Gói counter.h5p thiếu nội dung.' },
        { status: 400, statusText: '' },
      );
    await show;
    await fixture.whenStable();
    expect(text('#library-file-error')).toBe('Gói counter.h5p thiếu nội dung.');
    expect(el().querySelector('#library-file')?.getAttribute('aria-invalid')).toBe('true');
    expect(messageCode(TestBed.inject(LibraryAdminStore).fileError())).toBe('H5P_CONTENT_MISSING');

    TestBed.inject(LanguageStore).use('en');
    await fixture.whenStable();
    expect(text('#library-file-error')).toBe('The H5P package has no content (content/content.json).');
  });
});
