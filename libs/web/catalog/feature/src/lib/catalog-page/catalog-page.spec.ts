import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { CompetenceFramework, CourseSummary } from '@lc/shared-contracts';
import { CatalogStore } from '@lc/web-catalog-data-access';
import { provideTranslations } from '@lc/web-shared-data-access';
import { catalogTranslations } from '../i18n';
import { learnerTranslations } from '../learner-i18n';
import { CatalogPage } from './catalog-page';

function course(id: string, title: string, competences: string[]): CourseSummary {
  return {
    id,
    slug: id,
    title: { vi: title },
    summary: { vi: `Tóm tắt ${title}` },
    competences,
    level: 2,
    populationGroups: ['other'],
    estimatedMinutes: 45,
    licence: 'CC BY 4.0',
    language: 'vi',
    status: 'published',
    authorName: 'Trần Thị Bình',
    reviewNote: null,
  };
}

const framework: CompetenceFramework = {
  id: 'f',
  title: { vi: 'Khung năng lực số' },
  levelBands: [{ code: 'basic', levels: [1, 2], name: { vi: 'Cơ bản' }, description: { vi: '' } }],
  domains: [],
};

describe(CatalogPage.name, () => {
  function setup(courses: CourseSummary[] | null, error: unknown = null) {
    const store = {
      courses: signal(courses),
      loading: signal(courses === null && !error),
      error: signal(error),
      competenceFramework: signal(framework),
      competencesByCode: signal(
        new Map([
          ['1.1', { code: '1.1', domainCode: '1', name: { vi: 'Tìm kiếm và lọc thông tin' }, description: { vi: '' } }],
        ]),
      ),
      load: jest.fn().mockResolvedValue(undefined),
    };
    TestBed.configureTestingModule({
      imports: [CatalogPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(catalogTranslations),
        provideTranslations(learnerTranslations),
        { provide: CatalogStore, useValue: store },
      ],
    });
    const fixture = TestBed.createComponent(CatalogPage);
    return { fixture, store, el: fixture.nativeElement as HTMLElement };
  }

  it('shows one card per published course, its title linking to the course', async () => {
    const { fixture, store, el } = setup([
      course('c1', 'Dùng điện thoại an toàn', ['1.1']),
      course('c2', 'Dịch vụ công trực tuyến', []),
    ]);
    await fixture.whenStable();

    expect(store.load).toHaveBeenCalled();
    expect(el.querySelector('h1')?.textContent).toContain('Khoá học');
    const links = [...el.querySelectorAll<HTMLAnchorElement>('lp-course-card h2 a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Dùng điện thoại an toàn', 'Dịch vụ công trực tuyến']);
    expect(links[0].getAttribute('href')).toBe('/courses/c1');
    expect(el.textContent).toContain('Mức 2 — Cơ bản');
    expect(el.textContent).toContain('45 phút');
    expect(el.textContent).toContain('1.1 Tìm kiếm và lọc thông tin');
  });

  it('says so when nothing is published', async () => {
    const { fixture, el } = setup([]);
    await fixture.whenStable();
    expect(el.textContent).toContain('Chưa có khoá học nào được xuất bản.');
  });

  it('shows the server error in an alert', async () => {
    const { fixture, el } = setup(null, new Error('boom'));
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Đã có lỗi xảy ra');
  });
});
