import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Area, CommuneMatch } from '@lc/shared-contracts';
import { CommuneSearchStore } from '@lc/web-identity-data-access';
import { debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs';
import { AreaControl } from '../area-autocomplete/area-autocomplete';

/**
 * Picks a commune by today's name or by the one people still use from before July 2025 ("Kim Mã", "quận Ba Đình"):
 * the server matches both (GET /areas/communes/search), and each suggestion found by an old name says which.
 */
@Component({
  selector: 'lp-commune-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatAutocompleteModule, TranslatePipe],
  providers: [CommuneSearchStore],
  template: `
    <mat-form-field class="lp-commune-search">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        [id]="inputId() ?? ''"
        [formControl]="control()"
        [matAutocomplete]="auto"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayName" autoActiveFirstOption>
        @for (match of matches(); track match.commune.id) {
          <mat-option [value]="match.commune">
            <span>{{ match.commune.name }}</span>
            @if (match.formerUnits.length) {
              <span class="lp-commune-search__former">
                {{ 'identity.communeSearch.formerly' | translate }}
                @for (unit of match.formerUnits; track unit.name; let last = $last) {
                  {{ unit.name }} ({{ unit.district
                  }}{{ unit.whole ? '' : ('identity.communeSearch.part' | translate) }}){{ last ? '' : ',' }}
                }
              </span>
            }
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
      <mat-error>{{ errorText() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    .lp-commune-search {
      width: 100%;
    }
    .lp-commune-search__former {
      display: block;
      font-size: 0.85rem;
      line-height: 1.3;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CommuneSearch {
  private readonly store = inject(CommuneSearchStore);

  readonly control = input.required<AreaControl>();
  /** Every commune, offered while nothing (or too little) is typed. */
  readonly communes = input.required<Area[]>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly errorText = input('');
  /** The input's id, so an error summary can link to it. */
  readonly inputId = input<string | null>(null);

  private readonly typed = toObservable(this.control).pipe(
    switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    map((value) => (typeof value === 'string' ? value.trim() : '')),
    debounceTime(250),
    distinctUntilChanged(),
  );

  constructor() {
    this.typed.pipe(takeUntilDestroyed()).subscribe((q) => void this.store.search(q, this.communes()));
  }

  protected readonly matches = computed<CommuneMatch[]>(
    () => this.store.found() ?? this.communes().map((commune) => ({ commune, formerUnits: [] })),
  );

  protected readonly displayName = (value: Area | string | null): string =>
    value && typeof value === 'object' ? value.name : (value ?? '');
}
