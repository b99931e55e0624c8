import { Directive, ElementRef, inject } from '@angular/core';
import { NgControl } from '@angular/forms';
import { formatCitizenId } from '@lc/shared-identity-util';

/**
 * The typed text in groups of three digits, with the caret after the same digit it followed: a person who types
 * "001185" sees "001 185", and a correction in the middle does not throw the caret to the end.
 */
export function reformatKeepingCaret(value: string, caret: number): { value: string; caret: number } {
  const formatted = formatCitizenId(value);
  if (formatted === value) return { value, caret };
  const significant = (text: string) => text.replace(/[\s.-]/g, '').length;
  const before = significant(value.slice(0, caret));
  let at = 0;
  for (let seen = 0; at < formatted.length && seen < before; at++) if (formatted[at] !== ' ') seen++;
  return { value: formatted, caret: at };
}

/**
 * On an input bound to a form control: formats a citizen ID number as it is typed, and never cuts what was typed
 * (no maxlength): extra digits or letters stay for the check to name.
 */
@Directive({
  selector: 'input[lpCitizenIdInput]',
  host: { inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', '(input)': 'reformat()' },
})
export class CitizenIdInput {
  private readonly input = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly control = inject(NgControl, { self: true });

  protected reformat(): void {
    const { value, caret } = reformatKeepingCaret(
      this.input.value,
      this.input.selectionStart ?? this.input.value.length,
    );
    if (value === this.input.value) return;
    this.control.control?.setValue(value);
    this.input.value = value;
    if (document.activeElement === this.input) this.input.setSelectionRange(caret, caret);
  }
}
