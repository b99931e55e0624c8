import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Area } from '@lc/shared-contracts';
import { CommuneContactStore } from '@lc/web-identity-data-access';
import { UiMessage, UiText, injectFormErrors, uiMessage } from '@lc/web-shared-data-access';
import { ErrorSummary } from '@lc/web-shared-ui';
import { CommuneSearch } from '../commune-search/commune-search';

const CONTACT_MAX = 500;

/** A commune must be picked from the list: typed text alone names none. */
const communeChosen = (control: { value: unknown }): ValidationErrors | null =>
  control.value && typeof control.value === 'object' ? null : { commune: true };

/** An admin writes whom to contact at a commune; the help page shows it (PUT /areas/:communeId/contact). */
@Component({
  selector: 'lp-commune-contact-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    ErrorSummary,
    CommuneSearch,
  ],
  providers: [CommuneContactStore],
  template: `
    <h2>{{ 'communeContact.heading' | translate }}</h2>
    <p class="lp-muted">{{ 'communeContact.lead' | translate }}</p>
    <form class="lp-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <lp-error-summary
        [heading]="'shared.errorSummary' | translate"
        [problems]="errors.problems()"
        idPrefix="contact"
      />
      <lp-commune-search
        [control]="form.controls.commune"
        [communes]="store.communes()"
        [label]="'communeContact.commune' | translate"
        [errorText]="'communeContact.chooseCommune' | translate"
        inputId="contact-commune"
      />
      <mat-form-field>
        <mat-label>{{ 'communeContact.contact' | translate }}</mat-label>
        <input matInput id="contact-contact" formControlName="contact" [maxlength]="max" />
        <mat-hint>{{ 'communeContact.contactHint' | translate }}</mat-hint>
        <mat-error>{{ errors.field('contact') ?? ('communeContact.tooLong' | translate) }}</mat-error>
      </mat-form-field>
      <p role="status">{{ ui.of(status()) }}</p>
      <div class="lp-actions">
        <button mat-flat-button type="submit" [disabled]="store.busy()">{{ 'communeContact.save' | translate }}</button>
      </div>
    </form>
  `,
})
export class CommuneContactEditor {
  protected readonly store = inject(CommuneContactStore);
  protected readonly ui = inject(UiText);

  protected readonly max = CONTACT_MAX;
  protected readonly errors = injectFormErrors();
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly form = new FormGroup({
    commune: new FormControl<Area | string | null>(null, communeChosen),
    contact: new FormControl('', { nonNullable: true, validators: Validators.maxLength(CONTACT_MAX) }),
  });

  constructor() {
    // Picking a commune shows what it has now, so the admin edits rather than overwrites blindly.
    this.form.controls.commune.valueChanges.subscribe(async (value) => {
      if (!value || typeof value !== 'object') return;
      await this.store.show(value.id);
      this.form.controls.contact.setValue(this.store.contact()?.contact ?? '');
    });
  }

  protected async save(): Promise<void> {
    const keys: Record<string, string> = { commune: 'communeContact.chooseCommune', contact: 'communeContact.tooLong' };
    if (!this.errors.check(this.form, (field) => keys[field])) return;
    const commune = this.form.controls.commune.value as Area;
    this.status.set(null);
    try {
      const saved = await this.store.save(commune.id, this.form.controls.contact.value);
      const key = saved.contact ? 'communeContact.saved' : 'communeContact.cleared';
      this.status.set(uiMessage(key, { commune: saved.communeName }));
    } catch (err) {
      this.errors.fail(err, this.form);
    }
  }
}
