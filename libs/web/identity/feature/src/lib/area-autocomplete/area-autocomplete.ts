import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Area, foldText } from '@lc/shared-contracts';

export type AreaControl = FormControl<Area | string | null>;

/** Valid only when an area was picked from the list, not merely typed. */
export function areaSelected(control: AbstractControl<Area | string | null>): ValidationErrors | null {
  const value = control.value;
  return value && typeof value === 'object' && value.id ? null : { areaSelected: true };
}

/** A Material autocomplete over a list of areas, bound to a caller-owned control. */
@Component({
  selector: 'lp-area-autocomplete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatAutocompleteModule],
  template: `
    <mat-form-field class="lp-area-field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        [formControl]="control()"
        [matAutocomplete]="auto"
        (input)="query.set($any($event.target).value)"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayName" autoActiveFirstOption>
        @for (area of filtered(); track area.id) {
          <mat-option [value]="area">{{ area.name }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ errorText() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .lp-area-field {
      width: 100%;
    }
  `,
})
export class AreaAutocomplete {
  readonly control = input.required<AreaControl>();
  readonly areas = input.required<Area[]>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly errorText = input('');

  protected readonly query = signal('');
  protected readonly filtered = computed(() => {
    const q = foldText(this.query()).trim();
    const areas = this.areas();
    return q ? areas.filter((area) => foldText(area.name).includes(q)) : areas;
  });

  protected readonly displayName = (value: Area | string | null): string =>
    value && typeof value === 'object' ? value.name : (value ?? '');
}
