import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Area, Gender, PopulationGroup, RegisterRequest } from '@lc/shared-contracts';
import {
  birthYearProblem,
  citizenIdDigits,
  citizenIdProblem,
  fullNameLengthOk,
  yearInVietnam,
} from '@lc/shared-identity-util';
import { AreaControl, areaSelected } from '../area-autocomplete/area-autocomplete';

export type RegisterForm = FormGroup<{
  fullName: FormControl<string>;
  citizenId: FormControl<string>;
  birthYear: FormControl<number | null>;
  gender: FormControl<Gender | null>;
  commune: AreaControl;
  groupId: FormControl<string>;
  populationGroup: FormControl<PopulationGroup | null>;
  password: FormControl<string>;
}>;

/**
 * The server's own rule (shared-identity-util) on what is typed, against the birth year and sex beside it once they
 * are filled in: `{ citizenId: problem }`.
 */
export function citizenIdValidator(control: AbstractControl<string>): ValidationErrors | null {
  const birthYear = control.parent?.get('birthYear')?.value;
  const gender = control.parent?.get('gender')?.value;
  const problem = citizenIdProblem(
    citizenIdDigits(control.value ?? ''),
    typeof birthYear === 'number' ? birthYear : null,
    gender ?? null,
  );
  return problem ? { citizenId: problem } : null;
}

/** The API's bounds (shared-identity-util) on the name as it is sent, that is trimmed: `{ fullName: 'length' }`. */
export function fullNameValidator(control: AbstractControl<string>): ValidationErrors | null {
  // An empty field is `required`'s to name; spaces alone are a name too short once trimmed.
  if (!control.value) return null;
  return fullNameLengthOk(control.value.trim()) ? null : { fullName: 'length' };
}

/** The API's rule (shared-identity-util) on who may register in `year`: `{ birthYear: problem }`. */
export function birthYearValidator(year: number) {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    // An empty field is `required`'s to name.
    if (control.value === null || (control.value as unknown) === '') return null;
    const problem = birthYearProblem(Number(control.value), year);
    return problem ? { birthYear: problem } : null;
  };
}

export function createRegisterForm(fb: NonNullableFormBuilder, thisYear = yearInVietnam(new Date())): RegisterForm {
  const form: RegisterForm = fb.group({
    fullName: ['', [Validators.required, fullNameValidator]],
    citizenId: ['', [Validators.required, citizenIdValidator]],
    birthYear: new FormControl<number | null>(null, [Validators.required, birthYearValidator(thisYear)]),
    gender: new FormControl<Gender | null>(null, Validators.required),
    commune: new FormControl<Area | string | null>(null, [Validators.required, areaSelected]),
    groupId: ['', Validators.required],
    populationGroup: new FormControl<PopulationGroup | null>(null, Validators.required),
    password: ['', [Validators.required, Validators.minLength(8)]],
  });
  // The ID number is checked against these two as well, so it is checked again when either changes.
  const recheck = () => form.controls.citizenId.updateValueAndValidity();
  form.controls.birthYear.valueChanges.subscribe(recheck);
  form.controls.gender.valueChanges.subscribe(recheck);
  return form;
}

/** Call only on a valid form. */
export function toRegisterRequest(form: RegisterForm): RegisterRequest {
  const v = form.getRawValue();
  return {
    fullName: v.fullName.trim(),
    citizenId: citizenIdDigits(v.citizenId),
    birthYear: Number(v.birthYear),
    gender: v.gender as Gender,
    communeId: (v.commune as Area).id,
    groupId: v.groupId,
    populationGroup: v.populationGroup as PopulationGroup,
    password: v.password,
  };
}
