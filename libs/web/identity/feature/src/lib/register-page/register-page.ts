import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { GENDERS, POPULATION_GROUPS } from '@lc/shared-contracts';
import { FULL_NAME_MAX_LENGTH, citizenIdDigits } from '@lc/shared-identity-util';
import { RegistrationStore } from '@lc/web-identity-data-access';
import { UiText, injectFormErrors } from '@lc/web-shared-data-access';
import { ErrorBanner, ErrorSummary, PageHeading } from '@lc/web-shared-ui';
import { distinctUntilChanged, startWith } from 'rxjs';
import { CitizenIdInput } from '../citizen-id-input/citizen-id-input';
import { CommuneSearch } from '../commune-search/commune-search';
import { createRegisterForm, toRegisterRequest } from './register-form';

/** Server refusals that concern one control, shown next to it. */
const SERVER_FIELDS = {
  CITIZEN_ID_INVALID: 'citizenId',
  CITIZEN_ID_TAKEN: 'citizenId',
  GROUP_NOT_IN_COMMUNE: 'groupId',
};

/** The message a control's own (client-side) check shows, also listed in the error summary. */
function problemKey(field: string, errors: ValidationErrors): string {
  if (field === 'citizenId' && errors['citizenId']) return `identity.citizenIdProblem.${errors['citizenId']}`;
  if (field === 'fullName' && errors['fullName']) return 'identity.register.errors.fullNameLength';
  if (field === 'birthYear' && errors['birthYear'] === 'too_young') return 'identity.register.errors.birthYearTooYoung';
  return `identity.register.errors.${field === 'groupId' ? 'group' : field}`;
}

@Component({
  selector: 'lp-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    ErrorSummary,
    CommuneSearch,
    CitizenIdInput,
  ],
  providers: [RegistrationStore],
  templateUrl: './register-page.html',
})
export class RegisterPage {
  protected readonly store = inject(RegistrationStore);
  protected readonly ui = inject(UiText);
  private readonly router = inject(Router);

  protected readonly genders = GENDERS;
  protected readonly populationGroups = POPULATION_GROUPS;
  protected readonly form = createRegisterForm(inject(NonNullableFormBuilder));
  protected readonly errors = injectFormErrors(SERVER_FIELDS);
  private readonly typedId = toSignal(
    this.form.controls.citizenId.valueChanges.pipe(startWith(this.form.controls.citizenId.value)),
    { initialValue: '' },
  );
  protected readonly nameMax = FULL_NAME_MAX_LENGTH;
  private readonly typedName = toSignal(this.form.controls.fullName.valueChanges, { initialValue: '' });
  /** Counts the name as it will be sent (trimmed), so the limit is seen before the check speaks. */
  protected readonly nameLength = computed(() => (this.typedName() ?? '').trim().length);
  /** Shown while typing, so that a missing or extra digit is seen before the check speaks. */
  protected readonly digitCount = computed(() => citizenIdDigits(this.typedId() ?? '').replace(/\D/g, '').length);

  constructor() {
    const groupId = this.form.controls.groupId;
    this.form.controls.commune.valueChanges
      .pipe(distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((commune) => {
        groupId.reset('');
        void this.store.chooseCommune(commune && typeof commune === 'object' ? commune.id : null);
      });
  }

  protected async submit(): Promise<void> {
    if (!this.errors.check(this.form, problemKey)) return;
    try {
      await this.store.register(toRegisterRequest(this.form));
      await this.router.navigateByUrl('/welcome');
    } catch (err) {
      this.errors.fail(err, this.form);
    }
  }
}
