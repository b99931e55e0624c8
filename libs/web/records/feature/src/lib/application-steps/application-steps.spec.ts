import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateModule, TranslateService } from '@ngx-translate/core';
import { applicationTimeline } from '@lc/web-records-data-access';
import { myLearningVi } from '../i18n';
import { ApplicationSteps } from './application-steps';

describe(ApplicationSteps.name, () => {
  it('marks the current step for screen readers and shows why it was returned', async () => {
    TestBed.configureTestingModule({
      imports: [ApplicationSteps, TranslateModule.forRoot()],
      providers: [provideZonelessChangeDetection()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('vi', myLearningVi);
    translate.use('vi');
    const fixture = TestBed.createComponent(ApplicationSteps);
    const at = '2026-03-01T08:00:00Z';
    const transition = { actorName: 'x', actorRole: 'verifier', evidenceProblem: null, evidenceOverride: null, at };
    fixture.componentRef.setInput(
      'timeline',
      applicationTimeline({
        status: 'returned',
        transitions: [
          { ...transition, from: 'draft', to: 'submitted', reason: null },
          { ...transition, from: 'submitted', to: 'returned', reason: 'Thiếu minh chứng' },
        ],
      }),
    );
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const current = el.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0].textContent).toContain('Bước 1/4:');
    expect(current[0].textContent).toContain('Tự đánh giá và lưu hồ sơ');
    expect(el.textContent).toMatch(/Hồ sơ được trả lại để bạn bổ sung\.\s+Lý do: Thiếu minh chứng/);
  });
});
