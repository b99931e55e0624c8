import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslations } from '@lc/web-shared-data-access';
import { identityTranslations } from '../i18n';
import { helpTranslations } from './help-i18n';
import { HelpPage } from './help-page';

const BA_DINH = {
  id: '00004',
  code: '00004',
  name: 'Phường Ba Đình',
  kind: 'commune',
  unitType: 'phường',
  parentId: '01',
};

async function setup() {
  sessionStorage.clear();
  TestBed.configureTestingModule({
    imports: [HelpPage],
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
      provideTranslations(identityTranslations),
      provideTranslations(helpTranslations),
    ],
  });
  const fixture = TestBed.createComponent(HelpPage);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/areas/communes').flush([BA_DINH]);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const choose = async (contact: string | null) => {
    (
      fixture.componentInstance as unknown as { communeControl: { setValue(v: unknown): void } }
    ).communeControl.setValue(BA_DINH);
    http
      .expectOne('/api/areas/00004/contact')
      .flush({ communeId: '00004', communeName: 'Phường Ba Đình', contact, updatedAt: null });
    await fixture.whenStable();
  };
  return { el, choose };
}

describe(HelpPage.name, () => {
  it('explains the title and the levels with the programme’s own rules', async () => {
    const { el } = await setup();
    const headings = [...el.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Công dân học tập là gì?',
      'Làm thế nào để đạt danh hiệu?',
      'Các mức kỹ năng số nghĩa là gì?',
      'Hỏi đáp',
      'Hỏi ai ở xã/phường?',
    ]);
    expect(el.textContent).toContain('từ 80/100 trở lên và không chỉ số nào dưới 5 điểm');
    expect(el.textContent).toContain('Cơ bản: mức 1–2');
  });

  it('shows the contact an admin set for the chosen commune', async () => {
    const { el, choose } = await setup();
    await choose('Bộ phận Một cửa UBND phường, tầng 1');
    expect(el.querySelector('.help-contact')?.textContent).toContain('Bộ phận Một cửa UBND phường, tầng 1');
  });

  it('says there is no information yet rather than showing an invented one', async () => {
    const { el, choose } = await setup();
    await choose(null);
    expect(el.querySelector('.help-contact')?.textContent).toContain('Chưa có thông tin liên hệ của Phường Ba Đình.');
  });
});
