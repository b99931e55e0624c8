import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { Area, Gender, PopulationGroup, RegisterRequest } from '@lc/shared-contracts';
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

export function createRegisterForm(fb: NonNullableFormBuilder, thisYear = new Date().getFullYear()): RegisterForm {
  return fb.group({
    fullName: ['', [Validators.required, Validators.maxLength(120)]],
    citizenId: ['', [Validators.required, Validators.pattern(/^\d{12}$/)]],
    birthYear: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1900),
      Validators.max(thisYear),
    ]),
    gender: new FormControl<Gender | null>(null, Validators.required),
    commune: new FormControl<Area | string | null>(null, [Validators.required, areaSelected]),
    groupId: ['', Validators.required],
    populationGroup: new FormControl<PopulationGroup | null>(null, Validators.required),
    password: ['', [Validators.required, Validators.minLength(8)]],
  });
}

/** Call only on a valid form. */
export function toRegisterRequest(form: RegisterForm): RegisterRequest {
  const v = form.getRawValue();
  return {
    fullName: v.fullName.trim(),
    citizenId: v.citizenId,
    birthYear: Number(v.birthYear),
    gender: v.gender as Gender,
    communeId: (v.commune as Area).id,
    groupId: v.groupId,
    populationGroup: v.populationGroup as PopulationGroup,
    password: v.password,
  };
}
