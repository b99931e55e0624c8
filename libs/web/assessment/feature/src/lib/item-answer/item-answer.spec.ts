import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ItemResponse } from '@lc/shared-contracts';
import { provideTranslations } from '@lc/web-shared-data-access';
import { itemAnswerTranslations } from '../item-answer-i18n';
import { AnswerableItem, ItemAnswer } from './item-answer';

const opt = (id: string, vi: string) => ({ id, text: { vi } });

describe(ItemAnswer.name, () => {
  let fixture: ComponentFixture<ItemAnswer>;
  let changed: ItemResponse[];
  let committed: ItemResponse[];
  const el = () => fixture.nativeElement as HTMLElement;
  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const button = (label: string) => loader().getHarness(MatButtonHarness.with({ selector: `[aria-label="${label}"]` }));
  const steps = () => [...el().querySelectorAll('.answer__step-text')].map((s) => s.textContent?.trim());

  async function render(item: AnswerableItem, value: ItemResponse | null = null) {
    TestBed.configureTestingModule({
      imports: [ItemAnswer],
      providers: [
        provideZonelessChangeDetection(),
        provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
        provideTranslations(itemAnswerTranslations),
      ],
    });
    fixture = TestBed.createComponent(ItemAnswer);
    fixture.componentRef.setInput('item', item);
    fixture.componentRef.setInput('key', 'q1');
    fixture.componentRef.setInput('value', value);
    changed = [];
    committed = [];
    fixture.componentInstance.changed.subscribe((r) => changed.push(r));
    fixture.componentInstance.committed.subscribe((r) => committed.push(r));
    await fixture.whenStable();
  }

  afterEach(() => fixture.destroy());

  it('orders with labelled up and down buttons, announcing each move', async () => {
    await render({ type: 'ordering', options: [opt('a', 'Một'), opt('b', 'Hai'), opt('c', 'Ba')] });
    expect(steps()).toEqual(['Một', 'Hai', 'Ba']);
    expect(await (await button('Chuyển “Một” lên')).isDisabled()).toBe(true);
    await (await button('Chuyển “Ba” lên')).click();
    expect(committed).toEqual([{ optionIds: ['a', 'c', 'b'] }]);
    fixture.componentRef.setInput('value', committed[0]);
    await fixture.whenStable();
    expect(steps()).toEqual(['Một', 'Ba', 'Hai']);
    expect(el().querySelector('[aria-live="polite"]')?.textContent).toContain('“Ba” giờ ở vị trí 2 trên 3.');
  });

  it('reports a typed answer as it is typed, and commits it when the field is left', async () => {
    await render({ type: 'short_answer', options: [] });
    const input = el().querySelector('input')!;
    expect(el().textContent).toContain('Câu trả lời của bạn');
    input.value = 'ngoặc kép';
    input.dispatchEvent(new Event('input'));
    expect(changed).toEqual([{ optionIds: [], text: 'ngoặc kép' }]);
    expect(committed).toEqual([]);
    input.dispatchEvent(new Event('change'));
    expect(committed).toEqual([{ optionIds: [], text: 'ngoặc kép' }]);
  });

  it('offers the regions of a picture as a list, the way to answer without a pointer', async () => {
    const image = {
      src: 'data:image/svg+xml;base64,PHN2Zy8+',
      width: 360,
      height: 640,
      alt: { vi: 'Màn hình tin nhắn' },
    };
    await render({ type: 'hotspot', options: [opt('r1', 'Người gửi'), opt('r3', 'Đường dẫn lạ')], image });
    expect(el().querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe('Màn hình tin nhắn');
    await (await loader().getHarness(MatRadioButtonHarness.with({ label: /Đường dẫn lạ/ }))).check();
    expect(committed).toEqual([{ optionIds: ['r3'] }]);
  });

  it('matches with one labelled select per item', async () => {
    await render(
      { type: 'matching', options: [opt('l1', 'site:gov.vn'), opt('l2', 'filetype:pdf')], matches: [opt('r1', 'PDF')] },
      { optionIds: [], pairs: [{ left: 'l2', right: 'r1' }] },
    );
    const fields = await loader().getAllHarnesses(MatFormFieldHarness);
    expect(await Promise.all(fields.map((f) => f.getLabel()))).toEqual(['site:gov.vn', 'filetype:pdf']);
    const selects = await loader().getAllHarnesses(MatSelectHarness);
    expect(selects).toHaveLength(2);
    expect(await selects[1].getValueText()).toContain('PDF');
  });
});
