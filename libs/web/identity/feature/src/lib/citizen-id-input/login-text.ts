import { AbstractControl, ValidationErrors } from '@angular/forms';
import { citizenIdDigits, citizenIdProblem } from '@lc/shared-identity-util';

/** Digits (in groups or not) are a citizen ID number; anything else is a staff username. */
const looksLikeIdNumber = (typed: string) => /^[\d\s.-]+$/.test(typed.trim());

/** The login as the API reads it: an ID number's digits, or the username as typed. */
export function loginOf(typed: string): string {
  return looksLikeIdNumber(typed) ? citizenIdDigits(typed) : typed.trim();
}

/** An ID number must pass the shared rule's structure check; a username is the server's to judge. */
export function loginValidator(control: AbstractControl<string>): ValidationErrors | null {
  const typed = control.value ?? '';
  return looksLikeIdNumber(typed) && citizenIdProblem(citizenIdDigits(typed)) ? { citizenId: true } : null;
}
