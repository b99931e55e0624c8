import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
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
  const el = fixture.nativeElement as HTMLElement;
  const button = (id: string) => el.querySelector<HTMLButtonElement>(`#${id}`)!;
  const texts = () => fixture.componentInstance.list.getRawValue().map((s) => s.text);
  return { fixture, el, button, texts };
}

describe('OptionList', () => {
  it('moves an option with Lên/Xuống, and keeps the ends from moving further', async () => {
    const { fixture, button, texts } = await setup();
    expect(button('s-1-up').disabled).toBe(true);
    expect(button('s-2-down').disabled).toBe(true);
    button('s-2-up').click();
    await fixture.whenStable();
    expect(texts()).toEqual(['Hai', 'Một']);
  });

  it('adds and removes within its bounds', async () => {
    const { fixture, el, texts } = await setup();
    const byText = (t: string) => [...el.querySelectorAll('button')].filter((b) => b.textContent?.trim() === t);
    expect(byText('Xoá')).toHaveLength(0);
    byText('Thêm')[0].click();
    await fixture.whenStable();
    expect(texts()).toEqual(['Một', 'Hai', '']);
    expect(byText('Thêm')).toHaveLength(0);
    byText('Xoá')[0].click();
    await fixture.whenStable();
    expect(texts()).toEqual(['Hai', '']);
  });
});
