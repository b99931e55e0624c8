import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { EDITOR_LIMITS as L, EditorHotspot, EditorPhoneParams, EditorPhoneStep } from '@lc/shared-contracts';
import { imageControl, langControl, numberControl, optional, textControl, titleControl } from './editor-controls';

export type HotspotForm = FormGroup<{
  x: FormControl<number>;
  y: FormControl<number>;
  width: FormControl<number>;
  height: FormControl<number>;
}>;
export type StepForm = FormGroup<{
  instruction: FormControl<string>;
  image: FormControl<string>;
  imageWidth: FormControl<number>;
  imageHeight: FormControl<number>;
  alt: FormControl<string>;
  hotspot: HotspotForm;
  hint: FormControl<string>;
  success: FormControl<string>;
}>;
export type PhoneForm = FormGroup<{
  title: FormControl<string>;
  lang: FormControl<EditorPhoneParams['lang']>;
  intro: FormControl<string>;
  steps: FormArray<StepForm>;
}>;

/** A phone screen until the trainer's screenshot says otherwise. */
export const DEFAULT_SCREEN = { width: 360, height: 640 };
const DEFAULT_HOTSPOT: EditorHotspot = { x: 130, y: 270, width: 100, height: 100 };

/** The place to tap lies wholly inside the screenshot. */
export function hotspotInsideValidator(control: AbstractControl): ValidationErrors | null {
  const step = control as StepForm;
  const { x, y, width, height } = step.controls.hotspot.getRawValue();
  const { imageWidth, imageHeight } = step.getRawValue();
  return x + width <= imageWidth && y + height <= imageHeight ? null : { hotspotOutside: true };
}

export function createStep(step: Partial<EditorPhoneStep> = {}): StepForm {
  const h = step.hotspot ?? DEFAULT_HOTSPOT;
  const side = (value: number) => numberControl(value, 1, L.imageSideMax);
  const place = (value: number) => numberControl(value, 0, L.imageSideMax);
  return new FormGroup(
    {
      instruction: textControl(step.instruction ?? ''),
      image: imageControl(step.image ?? ''),
      imageWidth: side(step.imageWidth ?? DEFAULT_SCREEN.width),
      imageHeight: side(step.imageHeight ?? DEFAULT_SCREEN.height),
      alt: textControl(step.alt ?? ''),
      hotspot: new FormGroup({ x: place(h.x), y: place(h.y), width: side(h.width), height: side(h.height) }),
      hint: textControl(step.hint ?? ''),
      success: textControl(step.success ?? '', { required: false }),
    },
    { validators: hotspotInsideValidator },
  );
}

export function createPhoneForm(params?: EditorPhoneParams): PhoneForm {
  const steps = params?.steps.length ? params.steps : [{}];
  return new FormGroup({
    title: titleControl(params?.title),
    lang: langControl(params?.lang),
    intro: textControl(params?.intro ?? '', { required: false, max: L.textMax }),
    steps: new FormArray(steps.map(createStep), [Validators.minLength(1), Validators.maxLength(L.stepsMax)]),
  });
}

export function toPhoneParams(form: PhoneForm): EditorPhoneParams {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    lang: value.lang,
    ...optional('intro', value.intro),
    steps: value.steps.map((s) => ({
      instruction: s.instruction.trim(),
      image: s.image,
      imageWidth: Number(s.imageWidth),
      imageHeight: Number(s.imageHeight),
      alt: s.alt.trim(),
      hotspot: {
        x: Number(s.hotspot.x),
        y: Number(s.hotspot.y),
        width: Number(s.hotspot.width),
        height: Number(s.hotspot.height),
      },
      hint: s.hint.trim(),
      ...optional('success', s.success),
    })),
  };
}
