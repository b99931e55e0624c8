import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { ItemEvidence, LearningRecord, Trust } from '@lc/shared-contracts';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { certificationVi } from '../i18n';
import { EvidenceList } from './evidence-list';

const record = (n: number, trust: Trust): LearningRecord => ({
  id: `r-${n}`,
  verb: 'completed',
  objectType: 'h5p_material',
  objectId: `m-${n}`,
  objectName: { vi: `Hoạt động ${n}` },
  trust,
  score: 100,
  maxScore: 100,
  success: true,
  completion: true,
  domainLevels: null,
  occurredAt: '2026-05-01T08:00:00Z',
  hash: 'h',
});

const forged: ItemEvidence = {
  itemCode: '1.3',
  records: Array.from({ length: 7 }, (_, i) => record(i + 1, 'reported')),
  trustCounts: { verified: 0, attested: 0, reported: 7, declared: 0 },
  suggestedScore: 6,
  suggestionReason: { vi: '7 hoạt động tự báo cáo (chỉ tính tối đa 2).' },
  suggestionTrust: ['reported'],
  suggestionCapped: true,
};

describe(EvidenceList.name, () => {
  let fixture: ComponentFixture<EvidenceList>;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = () => el().textContent?.replace(/\s+/g, ' ') ?? '';

  async function render(evidence: ItemEvidence, canApply = false): Promise<void> {
    fixture = TestBed.createComponent(EvidenceList);
    fixture.componentRef.setInput('evidence', evidence);
    fixture.componentRef.setInput('itemLabel', 'Có kế hoạch học tập');
    fixture.componentRef.setInput('canApply', canApply);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [EvidenceList],
      providers: [provideZonelessChangeDetection(), provideTranslateService({ lang: 'vi', fallbackLang: 'vi' })],
    });
    TestBed.inject(TranslateService).setTranslation('vi', certificationVi);
  });

  it('counts the records by trust and says what the suggestion rests on, and that it is capped', async () => {
    await render(forged);
    expect([...el().querySelectorAll('.evidence__count')].map((c) => c.textContent?.trim())).toEqual(['Tự báo cáo: 7']);
    expect(text()).toContain('Gợi ý: 6 điểm — 7 hoạt động tự báo cáo (chỉ tính tối đa 2).');
    expect(el().querySelector('.evidence__basis')?.textContent).toContain('Tự báo cáo');
    expect(el().querySelector('.evidence__capped')?.textContent).toContain('không bao giờ đạt điểm tối đa');
  });

  it('folds many records behind a summary a keyboard can open', async () => {
    await render(forged);
    const details = el().querySelector('details');
    expect(details?.querySelector('summary')?.textContent?.trim()).toBe('Xem 7 minh chứng');
    expect(details?.querySelectorAll('.evidence__record')).toHaveLength(7);
  });

  it('lists a few records openly, and offers the suggestion only to an officer who may apply it', async () => {
    const verified: ItemEvidence = {
      ...forged,
      records: [record(1, 'verified')],
      trustCounts: { verified: 1, attested: 0, reported: 0, declared: 0 },
      suggestedScore: 5,
      suggestionTrust: ['verified'],
      suggestionCapped: false,
    };
    await render(verified, true);
    expect(el().querySelector('details')).toBeNull();
    expect(el().querySelector('.evidence__capped')).toBeNull();
    let applied: number | undefined;
    fixture.componentInstance.apply.subscribe((score) => (applied = score));
    const apply = MatButtonHarness.with({ selector: '[aria-label="Dùng điểm gợi ý 5 cho mục: Có kế hoạch học tập"]' });
    await (await TestbedHarnessEnvironment.loader(fixture).getHarness(apply)).click();
    expect(applied).toBe(5);
  });
});
