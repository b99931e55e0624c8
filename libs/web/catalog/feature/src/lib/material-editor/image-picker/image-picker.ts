import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { EditorImages, ImageFileProblem, imageFileProblem } from '../editor-images';
import { errorText } from '../editor-controls';

export interface ChosenImage {
  ref: string;
  /** Natural size in pixels, when the browser could tell (an SVG may have none). */
  width: number | null;
  height: number | null;
}

/**
 * A picture field: a native file input with its label, the picture shown once chosen, and what is wrong with it
 * right below, tied to the input for screen readers.
 */
@Component({
  selector: 'lp-image-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './image-picker.html',
  styleUrl: './image-picker.scss',
})
export class ImagePicker {
  readonly control = input.required<FormControl<string>>();
  readonly images = input.required<EditorImages>();
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  /** Shows errors of an untouched field too: after a save was tried. */
  readonly submitted = input(false);
  readonly chosen = output<ChosenImage>();

  protected readonly problem = signal<ImageFileProblem | null>(null);
  protected readonly errorText = errorText;
  private alive = true;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.alive = false));
  }

  protected showError(): boolean {
    const c = this.control();
    return !!this.problem() || (c.invalid && (c.touched || this.submitted()));
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    this.control().markAsTouched();
    if (!file) return;
    const problem = imageFileProblem(file);
    this.problem.set(problem);
    if (problem) {
      input.value = '';
      return;
    }
    const ref = this.images().add(file);
    this.control().setValue(ref);
    const url = this.images().url(ref);
    if (!url || typeof Image === 'undefined') return this.chosen.emit({ ref, width: null, height: null });
    // The phone task sizes its screenshot from the picture itself.
    const probe = new Image();
    const emit = (width: number | null, height: number | null) =>
      this.alive && this.chosen.emit({ ref, width, height });
    probe.onload = () => emit(probe.naturalWidth || null, probe.naturalHeight || null);
    probe.onerror = () => emit(null, null);
    probe.src = url;
  }
}
