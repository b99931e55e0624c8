import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { AbstractControl, FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

/** A text field of each option: its control name, the i18n key of its label ({{n}}: the option's number). */
export interface OptionListField {
  control: string;
  label: string;
  lang?: 'vi' | 'en';
}

/** The i18n keys of the list's words; each may use {{n}}, the option's number. */
export interface OptionListLabels {
  legend?: string;
  correct?: string;
  correctLabel?: string;
  remove: string;
  removeLabel: string;
  add: string;
  required: string;
}

/**
 * The options of a written question: text fields per option, an optional "right answer" tick, remove and add
 * buttons within bounds, and (for steps in order) "Lên/Xuống" buttons that keep the focus and announce the move.
 * One component for the trainer's course-test items and the bank proposals, so both behave alike.
 */
@Component({
  selector: 'lp-option-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './option-list.html',
  styleUrl: './option-list.scss',
})
export class OptionList {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly translate = inject(TranslateService);
  readonly list = input.required<FormArray<FormGroup>>();
  readonly fields = input.required<readonly OptionListField[]>();
  readonly labels = input.required<OptionListLabels>();
  /** Prefixes the ids of the controls: unique on the page. */
  readonly listId = input.required<string>();
  readonly min = input(2);
  readonly max = input(6);
  /** Shows the "right answer" tick (the group has a `correct` control). */
  readonly withCorrect = input(true);
  /** Shows "Lên/Xuống" buttons: the written order is the key. */
  readonly movable = input(false);
  /** Whatever changed the list's key or length: the parent's rules look again. */
  readonly changed = output<void>();
  /** The server's refusal of one option's field (its index and control name), shown instead of "required". */
  readonly fieldError = input<((index: number, control: string) => string | null) | null>(null);
  /** Creates an empty option for "add". */
  readonly create = input.required<() => FormGroup>();

  protected readonly announcement = signal('');

  protected add(): void {
    const list = this.list();
    if (list.length >= this.max()) return;
    list.push(this.create()());
    this.changed.emit();
    const n = list.length;
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(`#${this.listId()}-${n}-0`)?.focus());
  }

  protected remove(index: number): void {
    if (this.list().length <= this.min()) return;
    this.list().removeAt(index);
    this.changed.emit();
  }

  protected move(index: number, delta: -1 | 1): void {
    const list = this.list();
    const to = index + delta;
    if (to < 0 || to >= list.length) return;
    const moved: AbstractControl = list.at(index);
    list.removeAt(index, { emitEvent: false });
    list.insert(to, moved as FormGroup);
    this.changed.emit();
    const first = this.fields()[0]?.control;
    const text = first ? String(moved.get(first)?.value ?? '') : '';
    this.announcement.set(
      this.translate.instant('shared.optionList.moved', { text, position: to + 1, total: list.length }),
    );
    // The moved option's button keeps the focus; at either end the other button takes it.
    const wanted = to === 0 ? 'down' : to === list.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLElement>(`#${this.listId()}-${to + 1}-${wanted}`)?.focus(),
    );
  }
}
