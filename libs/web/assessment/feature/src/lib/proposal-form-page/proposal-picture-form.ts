import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ItemPicture } from '@lc/shared-contracts';

/** The picture and its alt text; the alt fields are enabled (and so required) only while there is a picture. */
export type ProposalPictureForm = FormGroup<{
  src: FormControl<string>;
  width: FormControl<number>;
  height: FormControl<number>;
  altVi: FormControl<string>;
  altEn: FormControl<string>;
}>;

const alt = (value = '') =>
  new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] });

export function createPictureForm(image?: ItemPicture): ProposalPictureForm {
  const group = new FormGroup({
    src: new FormControl(image?.src ?? '', { nonNullable: true }),
    width: new FormControl(image?.width ?? 0, { nonNullable: true }),
    height: new FormControl(image?.height ?? 0, { nonNullable: true }),
    altVi: alt(image?.alt.vi),
    altEn: alt(image?.alt.en),
  });
  setPicture(group, image ?? null);
  return group;
}

/** Puts a picture in the form (or takes it out): alt text is asked for exactly when there is one. */
export function setPicture(group: ProposalPictureForm, image: Omit<ItemPicture, 'alt'> | null): void {
  group.patchValue({ src: image?.src ?? '', width: image?.width ?? 0, height: image?.height ?? 0 });
  for (const control of [group.controls.altVi, group.controls.altEn]) {
    if (image) control.enable();
    else control.disable();
  }
  // The form's own rules (a hotspot needs a picture) look at it.
  group.parent?.updateValueAndValidity();
}
