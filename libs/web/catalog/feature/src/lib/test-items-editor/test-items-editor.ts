import { ChangeDetectionStrategy, Component, ElementRef, OnInit, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CompetenceDomain, CreateTestMaterialRequest } from '@lc/shared-contracts';
import { TestPreviewStore } from '@lc/web-catalog-data-access';
import { OptionList, OptionListField, OptionListLabels } from '@lc/web-shared-ui/option-list';
import { Lang, pick } from '../catalog-format';
import {
  ItemForm,
  MAX_OPTIONS,
  MIN_ITEMS,
  MIN_OPTIONS,
  createItem,
  createOption,
  createTestForm,
  fillTestForm,
  toCreateTestRequest,
} from './test-form';

/** Title plus a list of choice items; emits the request when valid (at least MIN_ITEMS items). */
@Component({
  selector: 'lp-test-items-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    OptionList,
    MatButtonModule,
    TranslatePipe,
  ],
  templateUrl: './test-items-editor.html',
  styleUrl: './test-items-editor.scss',
})
export class TestItemsEditor implements OnInit {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly router = inject(Router);
  private readonly previews = inject(TestPreviewStore);
  readonly domains = input<CompetenceDomain[]>([]);
  readonly lang = input<Lang>('vi');
  readonly busy = input(false);
  readonly defaultCompetence = input<string | undefined>();
  readonly defaultLevel = input<number | undefined>();
  readonly save = output<CreateTestMaterialRequest>();

  protected readonly form = createTestForm();
  protected readonly levels = [1, 2, 3, 4, 5, 6, 7, 8];
  protected readonly minItems = MIN_ITEMS;
  protected readonly minOptions = MIN_OPTIONS;
  protected readonly maxOptions = MAX_OPTIONS;
  protected readonly pick = pick;
  protected readonly submitted = signal(false);
  protected readonly optionFields: OptionListField[] = [{ control: 'text', label: 'catalog.items.option' }];
  protected readonly optionLabels: OptionListLabels = {
    correct: 'catalog.items.correct',
    correctLabel: 'catalog.items.correctLabel',
    remove: 'catalog.items.removeOption',
    removeLabel: 'catalog.items.removeOptionLabel',
    add: 'catalog.items.addOption',
    required: 'catalog.items.errors.option',
  };
  protected readonly newOption = createOption;

  ngOnInit(): void {
    this.reset();
    const unsaved = this.previews.takeFor(this.router.url);
    if (!unsaved) return;
    fillTestForm(this.form, unsaved);
    // Back from the preview: keyboard and screen-reader users carry on where they left.
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.items-preview')?.focus());
  }

  /** Shows the unsaved items with the citizen's components; the form comes back on return (TestPreviewStore). */
  protected preview(): void {
    this.previews.draft.set({ test: toCreateTestRequest(this.form), returnUrl: this.router.url });
    void this.router.navigateByUrl('/tests/preview');
  }

  get items() {
    return this.form.controls.items;
  }

  protected addItem(): void {
    const last = this.items.at(this.items.length - 1)?.getRawValue();
    this.items.push(
      createItem({
        competence: last?.competence || this.defaultCompetence(),
        level: last?.level ?? this.defaultLevel(),
      }),
    );
  }

  protected removeItem(index: number): void {
    this.items.removeAt(index);
  }

  protected showItemError(item: ItemForm): boolean {
    return !!item.errors && (item.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      // A long form: take keyboard and screen-reader users to the first field to fix.
      setTimeout(() =>
        this.host.nativeElement
          .querySelector<HTMLElement>(
            '.mat-form-field-invalid input, .mat-form-field-invalid textarea, .mat-form-field-invalid mat-select, [role="alert"]',
          )
          ?.focus(),
      );
      return;
    }
    this.save.emit(toCreateTestRequest(this.form));
  }

  /** The parent calls this after the server accepted the test. */
  reset(): void {
    this.submitted.set(false);
    this.items.clear();
    this.items.push(createItem({ competence: this.defaultCompetence(), level: this.defaultLevel() }));
    this.form.reset();
  }
}
