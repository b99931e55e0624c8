import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { CourseDetail, CourseTestReview } from '@lc/shared-contracts';
import { CatalogStore, ReviewStore } from '@lc/web-catalog-data-access';
import { provideTranslations } from '@lc/web-shared-data-access';
import { catalogTranslations } from '../i18n';
import { learnerTranslations } from '../learner-i18n';
import { ReviewPage } from './review-page';

const course = {
  id: 'c1',
  slug: 'c1',
  title: { vi: 'An toàn trên mạng' },
  summary: { vi: 'Tóm tắt' },
  competences: ['4.1'],
  level: 2,
  populationGroups: ['other'],
  estimatedMinutes: 30,
  licence: 'CC BY 4.0',
  language: 'vi',
  status: 'in_review',
  authorName: 'Trần Thị Bình',
  reviewNote: null,
  modules: [],
} as unknown as CourseDetail;

const tests: CourseTestReview[] = [
  {
    testId: 't1',
    title: { vi: 'Bài kiểm tra cuối khoá' },
    items: [
      {
        id: 't-1',
        lineageId: 't-1',
        version: 1,
        status: 'published',
        type: 'single_choice',
        competence: '4.1',
        level: 8,
        stem: { vi: 'Mật khẩu nào mạnh nhất?' },
        options: [
          { id: 'a', text: { vi: '123456' } },
          { id: 'b', text: { vi: 'Ho-Guom-2025!' } },
        ],
        correctOptionIds: ['a'],
        otherKey: [],
        explanation: { vi: 'Vì ngắn.' },
        authorName: 'Trần Thị Bình',
        reviewReasons: [],
        createdAt: '2026-11-29T00:00:00Z',
        proposal: {
          type: 'single_choice',
          competence: '4.1',
          level: 8,
          stem: { vi: 'Mật khẩu nào mạnh nhất?' },
          options: [{ vi: '123456' }, { vi: 'Ho-Guom-2025!' }],
          correct: [0],
          explanation: { vi: 'Vì ngắn.' },
        },
      },
    ],
  },
];

describe(ReviewPage.name, () => {
  it("shows a course test's items with the right answer marked in words, and the explanation", async () => {
    const review = {
      courses: signal([]),
      course: signal(course),
      tests: signal(tests),
      busy: signal(false),
      load: jest.fn().mockResolvedValue(undefined),
      open: jest.fn().mockResolvedValue(undefined),
    };
    const catalog = {
      competenceFramework: signal(null),
      competencesByCode: signal(new Map()),
      loadFramework: jest.fn().mockResolvedValue(undefined),
    };
    TestBed.configureTestingModule({
      imports: [ReviewPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(catalogTranslations),
        provideTranslations(learnerTranslations),
        { provide: ReviewStore, useValue: review },
        { provide: CatalogStore, useValue: catalog },
      ],
    });
    const fixture = TestBed.createComponent(ReviewPage);
    await fixture.whenStable();
    const section = (fixture.nativeElement as HTMLElement).querySelector('.review-test')!;
    const text = section.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(section.querySelector('h3')?.textContent).toContain('Câu hỏi của bài kiểm tra "Bài kiểm tra cuối khoá"');
    expect(text).toContain('Mật khẩu nào mạnh nhất?');
    expect(text).toContain('Năng lực 4.1 · mức 8');
    expect(text).toContain('123456 (đáp án đúng)');
    expect(text).not.toContain('Ho-Guom-2025! (đáp án đúng)');
    expect(text).toContain('Giải thích: Vì ngắn.');
  });
});
