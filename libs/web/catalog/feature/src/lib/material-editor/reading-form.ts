import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { EDITOR_LIMITS, EditorReadingBlock, EditorReadingParams } from '@lc/shared-contracts';
import { imageControl, langControl, optional, textControl, titleControl } from './editor-controls';

export type BlockType = EditorReadingBlock['type'];
export const BLOCK_TYPES: BlockType[] = ['heading', 'paragraph', 'image', 'tip', 'warning'];

export type BlockForm = FormGroup<{
  type: FormControl<BlockType>;
  text: FormControl<string>;
  file: FormControl<string>;
  alt: FormControl<string>;
  caption: FormControl<string>;
}>;
export type ReadingForm = FormGroup<{
  title: FormControl<string>;
  lang: FormControl<EditorReadingParams['lang']>;
  blocks: FormArray<BlockForm>;
}>;

export function createBlock(block: Partial<EditorReadingBlock> = {}): BlockForm {
  const image = block.type === 'image' ? block : undefined;
  const text = block.type && block.type !== 'image' ? (block as { text?: string }).text : '';
  const form: BlockForm = new FormGroup({
    type: new FormControl<BlockType>(block.type ?? 'paragraph', { nonNullable: true }),
    text: textControl(text ?? '', { max: EDITOR_LIMITS.textMax }),
    file: imageControl(image?.file ?? ''),
    alt: textControl(image?.alt ?? ''),
    caption: textControl(image?.caption ?? '', { required: false }),
  });
  applyBlockType(form);
  return form;
}

/**
 * A text block checks its text, an image block its image and alt text; the fields of the other kind are switched
 * off (disabled), so they neither block the form nor reach the server.
 */
export function applyBlockType(block: BlockForm): void {
  const image = block.controls.type.value === 'image';
  const { text, file, alt, caption } = block.controls;
  for (const control of [file, alt, caption]) {
    if (image) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
  if (image) text.disable({ emitEvent: false });
  else text.enable({ emitEvent: false });
}

export function createReadingForm(params?: EditorReadingParams): ReadingForm {
  const blocks = params?.blocks.length ? params.blocks : [{ type: 'paragraph' as const, text: '' }];
  return new FormGroup({
    title: titleControl(params?.title),
    lang: langControl(params?.lang),
    blocks: new FormArray(blocks.map(createBlock), [
      Validators.minLength(1),
      Validators.maxLength(EDITOR_LIMITS.blocksMax),
    ]),
  });
}

export function toReadingParams(form: ReadingForm): EditorReadingParams {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    lang: value.lang,
    blocks: value.blocks.map(
      (b): EditorReadingBlock =>
        b.type === 'image'
          ? { type: 'image', file: b.file, alt: b.alt.trim(), ...optional('caption', b.caption) }
          : { type: b.type, text: b.text.trim() },
    ),
  };
}
