import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Area, GENDERS, POPULATION_GROUPS } from '@lc/shared-contracts';
import { citizenIdDigits } from '@lc/shared-identity-util';
import { AreasApi, AuthApi, RecoveryCodeHandoff } from '@lc/web-identity-data-access';
import { SessionStore, UiMessage, UiText, failureMessage, injectFormErrors } from '@lc/web-shared-data-access';
import { ErrorBanner, ErrorSummary, PageHeading } from '@lc/web-shared-ui';
import { catchError, distinctUntilChanged, firstValueFrom, of, startWith, switchMap } from 'rxjs';
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
  templateUrl: './register-page.html',
})
export class RegisterPage {
  private readonly areasApi = inject(AreasApi);
  protected readonly ui = inject(UiText);
  private readonly authApi = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly handoff = inject(RecoveryCodeHandoff);
  private readonly router = inject(Router);

  protected readonly genders = GENDERS;
  protected readonly populationGroups = POPULATION_GROUPS;
  protected readonly form = createRegisterForm(inject(NonNullableFormBuilder));
  protected readonly busy = signal(false);
  /** Loading the lists failed: not a problem of the form, so it stays beside it. */
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly errors = injectFormErrors(SERVER_FIELDS);
  protected readonly communes = toSignal(this.areasApi.communes().pipe(catchError((err) => this.fail(err, []))), {
    initialValue: [] as Area[],
  });
  protected readonly groups = signal<Area[] | null>(null);
  private readonly typedId = toSignal(
    this.form.controls.citizenId.valueChanges.pipe(startWith(this.form.controls.citizenId.value)),
    { initialValue: '' },
  );
  /** Shown while typing, so that a missing or extra digit is seen before the check speaks. */
  protected readonly digitCount = computed(() => citizenIdDigits(this.typedId() ?? '').replace(/\D/g, '').length);

  constructor() {
    const groupId = this.form.controls.groupId;
    this.form.controls.commune.valueChanges
      .pipe(
        distinctUntilChanged(),
        switchMap((commune) => {
          this.groups.set(null);
          groupId.reset('');
          if (!commune || typeof commune !== 'object') return of(null);
          return this.areasApi.groups(commune.id).pipe(catchError((err) => this.fail(err, null)));
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((groups) => this.groups.set(groups));
  }

  protected async submit(): Promise<void> {
    if (!this.errors.check(this.form, problemKey)) return;
    this.busy.set(true);
    try {
      const req = toRegisterRequest(this.form);
      const registered = await firstValueFrom(this.authApi.register(req));
      this.handoff.put(registered.recoveryCode);
      await this.session.login({ login: req.citizenId, password: req.password });
      await this.router.navigateByUrl('/welcome');
    } catch (err) {
      this.errors.fail(err, this.form);
    } finally {
      this.busy.set(false);
    }
  }

  private fail<T>(err: unknown, fallback: T) {
    this.error.set(failureMessage(err));
    return of(fallback);
  }
}
