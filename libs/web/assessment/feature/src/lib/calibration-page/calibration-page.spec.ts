import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CalibrationRun } from '@lc/shared-contracts';
import { provideTranslations } from '@lc/web-shared-data-access';
import { calibrationTranslations } from '../calibration-i18n';
import { skillsTestProviders } from '../skills-testing';
import { CalibrationPage } from './calibration-page';

const run: CalibrationRun = {
  id: 'r1',
  status: 'done',
  minResponses: 200,
  startedAt: '2026-11-29T08:00:00Z',
  finishedAt: '2026-11-29T08:01:00Z',
  calibrationVersion: 'em:2026-11-29T08:00:00.000Z',
  summary: {
    published: true,
    version: 'em:2026-11-29T08:00:00.000Z',
    basedOn: 'prior:2026.1',
    cutScoresVersion: '2026.1+em:2026-11-29T08:00:00.000Z',
    scale: 'population',
    responses: 2400,
    attempts: 400,
    calibrated: 6,
    keptPrevious: 509,
    proposedCutScores: {
      levels: [2, 3, 4, 5, 6, 7, 8].map((level) => ({ level, proposed: level - 1.25, inForce: level - 2.5 })),
      notes: 2,
    },
  },
  errorCode: null,
};

describe(CalibrationPage.name, () => {
  let fixture: ComponentFixture<CalibrationPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  it('shows the cut scores a calibration proposes beside those in force, and says they are not applied', async () => {
    TestBed.configureTestingModule({
      imports: [CalibrationPage],
      providers: [...skillsTestProviders(), provideTranslations(calibrationTranslations)],
    });
    fixture = TestBed.createComponent(CalibrationPage);
    http = TestBed.inject(HttpTestingController);
    http.expectOne({ method: 'GET', url: '/api/admin/skills-assessment/calibrations' }).flush([run]);
    await fixture.whenStable();
    const table = el().querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toContain('Điểm cắt đề xuất theo thông số mới (chưa áp dụng)');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
    );
    expect(rows[0]).toEqual(['2', '-0.50', '0.75']);
    expect(rows).toHaveLength(7);
    expect(el().textContent).toContain('Phiên bản mới vẫn dùng điểm cắt đang áp dụng');
    http.verify();
  });
});
