import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { provideRouter } from '@angular/router';
import { SkillsAttempt, SkillsDomainProgress, SkillsResult } from '@lc/shared-contracts';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { itemAnswerTranslations } from './item-answer-i18n';
import { skillsTranslations } from './skills-i18n';

/** What every page spec of the assessment needs: HTTP testing, a router, and the strings in Vietnamese. */
export const skillsTestProviders = () => [
  provideZonelessChangeDetection(),
  provideHttpClient(),
  provideHttpClientTesting(),
  provideRouter([]),
  provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
  provideTranslations(sharedTranslations),
  provideTranslations(skillsTranslations),
  provideTranslations(itemAnswerTranslations),
];

const NAMES = [
  'Khai thác dữ liệu và thông tin',
  'Giao tiếp và hợp tác',
  'Sáng tạo nội dung số',
  'An toàn',
  'Giải quyết vấn đề',
  'Ứng dụng trí tuệ nhân tạo',
];

export const progress = (current: number): SkillsDomainProgress[] =>
  NAMES.map((name, i) => ({
    code: String(i + 1),
    name: { vi: name },
    answered: i < current ? 5 : 0,
    status: i < current ? 'done' : i === current ? 'current' : 'upcoming',
  }));

export const openAttempt = (answered: number): SkillsAttempt => ({
  id: 'a1',
  status: 'open',
  startedAt: '2026-12-10T08:00:00Z',
  deadlineAt: new Date(Date.now() + 3_600_000).toISOString(),
  extraTime: false,
  maxQuestions: 30,
  answered,
  domains: progress(Math.floor(answered / 5)),
  question: {
    position: answered + 1,
    domain: String(Math.floor(answered / 5) + 1),
    type: 'single_choice',
    stem: { vi: `Câu hỏi thứ ${answered + 1}?` },
    options: [
      { id: 'a', text: { vi: 'Phương án A' } },
      { id: 'b', text: { vi: 'Phương án B' } },
    ],
  },
  result: null,
});

export const finishedResult = (): SkillsResult => ({
  finishedAt: '2026-12-10T08:30:00.000Z',
  endReason: 'done',
  domains: NAMES.map((name, i) => ({
    code: String(i + 1),
    name: { vi: name },
    level: i === 2 ? null : (i % 4) + 1,
    standardError: 0.62,
    band: i === 2 ? null : { code: 'basic', name: { vi: 'Cơ bản' } },
    meaning: i === 2 ? null : { vi: `Mức ${(i % 4) + 1} (Cơ bản): làm được việc đơn giản.` },
    levelProbabilities: [0.1, 0.6, 0.2, 0.1, 0, 0, 0, 0],
    items: 5,
    competences: [{ code: `${i + 1}.1`, name: { vi: `Năng lực ${i + 1}.1` }, items: 3, strength: 'weaker' }],
    suggestedCourses: i === 0 ? [{ id: 'c1', title: { vi: 'Tìm kiếm thông tin an toàn' } }] : [],
  })),
  versions: { engine: '2026.1', calibration: 'prior:2026.1', cutScores: '2026.1', policy: '2026.1' },
  recordId: 'r1',
});
