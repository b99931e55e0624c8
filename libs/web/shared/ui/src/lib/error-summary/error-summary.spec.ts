import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatInputHarness } from '@angular/material/input/testing';
import { ErrorSummary, ErrorSummaryItem } from './error-summary';

@Component({
  imports: [ErrorSummary, ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <lp-error-summary heading="Có lỗi cần sửa" idPrefix="f" [problems]="problems()" />
    <mat-form-field>
      <mat-label>Số định danh</mat-label>
      <input matInput id="f-citizenId" [formControl]="citizenId" />
    </mat-form-field>
  `,
})
class Host {
  readonly problems = signal<ErrorSummaryItem[]>([]);
  readonly citizenId = new FormControl('');
}

async function setup() {
  TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection()] });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const show = async (problems: ErrorSummaryItem[]) => {
    fixture.componentInstance.problems.set(problems);
    await fixture.whenStable();
  };
  return { fixture, el, show, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe(ErrorSummary.name, () => {
  it('shows nothing while there is no problem', async () => {
    const { el } = await setup();
    expect(el.querySelector('.lp-error-summary')).toBeNull();
  });

  it('lists the problems under its heading, announced, and takes the focus', async () => {
    const { el, show } = await setup();
    await show([{ message: 'Số định danh này đã được đăng ký.', field: 'citizenId' }, { message: 'Máy chủ bận.' }]);
    const box = el.querySelector<HTMLElement>('.lp-error-summary');
    expect(box?.querySelector('[role="alert"] h2')?.textContent).toContain('Có lỗi cần sửa');
    expect(box?.getAttribute('aria-labelledby')).toBe(box?.querySelector('h2')?.id);
    expect([...el.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      'Số định danh này đã được đăng ký.',
      'Máy chủ bận.',
    ]);
    expect(document.activeElement).toBe(box);
  });

  it('links a field’s problem to its control and moves the focus there', async () => {
    const { el, show, loader } = await setup();
    await show([{ message: 'Số định danh chưa đúng.', field: 'citizenId' }]);
    const link = el.querySelector<HTMLAnchorElement>('li a');
    expect(link?.getAttribute('href')).toBe('#f-citizenId');
    link?.click();
    const input = await loader.getHarness(MatInputHarness.with({ selector: '#f-citizenId' }));
    expect(await input.isFocused()).toBe(true);
  });

  it('takes the focus again on the next failed submit', async () => {
    const { el, show, loader } = await setup();
    await show([{ message: 'Lỗi một.', field: 'citizenId' }]);
    await (await loader.getHarness(MatInputHarness)).focus();
    await show([{ message: 'Lỗi một.', field: 'citizenId' }]);
    expect(document.activeElement).toBe(el.querySelector('.lp-error-summary'));
  });
});
