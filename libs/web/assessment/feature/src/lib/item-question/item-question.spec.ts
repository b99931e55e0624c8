import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { DeliveredItem, ItemResponse } from '@lc/shared-contracts';
import { provideTranslations } from '@lc/web-shared-data-access';
import { assessmentTranslations } from '../i18n';
import { skillsTestProviders } from '../skills-testing';
import { ItemQuestion } from './item-question';

const item = (type: DeliveredItem['type']): DeliveredItem => ({
  id: `i-${type}`,
  type,
  competence: '4.1',
  level: 2,
  stem: { vi: 'Câu hỏi?' },
  options: [
    { id: 'a', text: { vi: 'Một' } },
    { id: 'b', text: { vi: 'Hai' } },
  ],
});

describe(ItemQuestion.name, () => {
  async function render(type: DeliveredItem['type'], response?: ItemResponse) {
    TestBed.configureTestingModule({
      imports: [ItemQuestion],
      providers: [...skillsTestProviders(), provideTranslations(assessmentTranslations)],
      // The deferred controls load only when a spec says so, as they do on a slow line.
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    const fixture = TestBed.createComponent(ItemQuestion);
    fixture.componentRef.setInput('item', item(type));
    fixture.componentRef.setInput('index', 0);
    fixture.componentRef.setInput('response', response);
    const answers: ItemResponse[] = [];
    fixture.componentInstance.answer.subscribe((a) => answers.push(a));
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, loader, answers };
  }

  it('shows a single-choice item at once: its radios wait for no download', async () => {
    const { fixture, loader, answers } = await render('single_choice');
    expect(await fixture.getDeferBlocks()).toHaveLength(0);
    const radios = await (await loader.getHarness(MatRadioGroupHarness)).getRadioButtons();
    await radios[1].check();
    expect(answers).toEqual([{ optionIds: ['b'] }]);
  });

  it("defers a multiple-choice item's checkboxes, says so if they are slow, then answers as before", async () => {
    const { fixture, loader, answers } = await render('multiple_choice', { optionIds: ['a'] });
    expect(await loader.getAllHarnesses(MatCheckboxHarness)).toHaveLength(0);
    const [block] = await fixture.getDeferBlocks();
    await block.render(DeferBlockState.Loading);
    const loading = (fixture.nativeElement as HTMLElement).querySelector('[role="status"]');
    expect(loading?.textContent).toContain('Đang tải phần trả lời của câu hỏi…');

    await block.render(DeferBlockState.Complete);
    const boxes = await loader.getAllHarnesses(MatCheckboxHarness);
    expect(await Promise.all(boxes.map((b) => b.isChecked()))).toEqual([true, false]);
    await boxes[1].check();
    expect(answers).toEqual([{ optionIds: ['a', 'b'] }]);
  });

  it("defers the other types' controls (here a short answer's field) the same way", async () => {
    const { fixture, loader, answers } = await render('short_answer');
    expect(await loader.getAllHarnesses(MatInputHarness)).toHaveLength(0);
    const [block] = await fixture.getDeferBlocks();
    await block.render(DeferBlockState.Complete);
    const input = await loader.getHarness(MatInputHarness);
    await input.setValue('xin chào');
    await (await input.host()).dispatchEvent('change');
    expect(answers.at(-1)).toEqual({ optionIds: [], text: 'xin chào' });
  });
});
