import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { OptionList, OptionListLabels } from './option-list';

const step = (text: string) => new FormGroup({ text: new FormControl(text, { nonNullable: true }) });

@Component({
  imports: [OptionList],
  template: `<lp-option-list
    [list]="list"
    [fields]="[{ control: 'text', label: 'Bước {{n}}' }]"
    [labels]="labels"
    listId="s"
    [min]="2"
    [max]="3"
    [withCorrect]="false"
    [movable]="true"
    [create]="create"
  />`,
})
class Host {
  readonly list = new FormArray([step('Một'), step('Hai')]);
  readonly labels: OptionListLabels = { remove: 'Xoá', removeLabel: 'Xoá {{n}}', add: 'Thêm', required: 'Bắt buộc' };
  readonly create = () => step('');
}

async function setup() {
  TestBed.configureTestingModule({
    imports: [Host],
    providers: [provideZonelessChangeDetection(), provideTranslateService({ lang: 'vi', fallbackLang: 'vi' })],
  });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const button = (id: string) => loader.getHarness(MatButtonHarness.with({ selector: `#${id}` }));
  const byText = (text: string) => loader.getAllHarnesses(MatButtonHarness.with({ text }));
  const texts = () => fixture.componentInstance.list.getRawValue().map((s) => s.text);
  return { button, byText, texts };
}

describe('OptionList', () => {
  it('moves an option with Lên/Xuống, and keeps the ends from moving further', async () => {
    const { button, texts } = await setup();
    expect(await (await button('s-1-up')).isDisabled()).toBe(true);
    expect(await (await button('s-2-down')).isDisabled()).toBe(true);
    await (await button('s-2-up')).click();
    expect(texts()).toEqual(['Hai', 'Một']);
  });

  it('adds and removes within its bounds', async () => {
    const { byText, texts } = await setup();
    expect(await byText('Xoá')).toHaveLength(0);
    await (await byText('Thêm'))[0].click();
    expect(texts()).toEqual(['Một', 'Hai', '']);
    expect(await byText('Thêm')).toHaveLength(0);
    await (await byText('Xoá'))[0].click();
    expect(texts()).toEqual(['Hai', '']);
  });
});
