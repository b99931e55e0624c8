import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { EDITOR_LIMITS, EditorHotspot } from '@lc/shared-contracts';
import { errorText } from '../editor-controls';
import { EditorImages } from '../editor-images';
import { clampHotspot } from '../hotspot-geometry';
import { HotspotPlacer } from '../hotspot-placer/hotspot-placer';
import { ChosenImage, ImagePicker } from '../image-picker/image-picker';
import { PhoneForm, StepForm, createStep } from '../phone-form';

/** A guided phone task: steps, each an instruction and the place to tap on an uploaded screenshot. */
@Component({
  selector: 'lp-phone-task-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    ImagePicker,
    HotspotPlacer,
  ],
  templateUrl: './phone-task-form.html',
  styleUrl: '../editor-form.scss',
})
export class PhoneTaskForm {
  readonly form = input.required<PhoneForm>();
  readonly images = input.required<EditorImages>();
  readonly submitted = input(false);

  protected readonly maxSteps = EDITOR_LIMITS.stepsMax;
  protected readonly errorText = errorText;
  protected readonly hotspotFields = ['x', 'y', 'width', 'height'] as const;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected get steps() {
    return this.form().controls.steps;
  }

  protected size(step: StepForm) {
    const { imageWidth, imageHeight } = step.getRawValue();
    return { width: Math.max(1, Number(imageWidth) || 1), height: Math.max(1, Number(imageHeight) || 1) };
  }

  /** A new screenshot sets the step's size from the picture, and keeps the place to tap inside it. */
  protected imageChosen(step: StepForm, image: ChosenImage): void {
    if (image.width && image.height) {
      step.patchValue({ imageWidth: image.width, imageHeight: image.height });
    }
    this.placeHotspot(step, step.controls.hotspot.getRawValue());
  }

  protected placeHotspot(step: StepForm, hotspot: EditorHotspot): void {
    step.controls.hotspot.setValue(clampHotspot(hotspot, this.size(step)));
    step.controls.hotspot.markAsTouched();
  }

  protected showHotspotError(step: StepForm): boolean {
    return step.hasError('hotspotOutside') && (step.controls.hotspot.touched || this.submitted());
  }

  protected addStep(): void {
    this.steps.push(createStep());
    setTimeout(() => {
      const all = this.host.nativeElement.querySelectorAll<HTMLElement>('.editor-item');
      all[all.length - 1]?.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected removeStep(index: number): void {
    this.steps.removeAt(index);
  }
}
