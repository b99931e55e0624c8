import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { EDITOR_LIMITS } from '@lc/shared-contracts';
import { errorText } from '../editor-controls';
import { EditorImages } from '../editor-images';
import { ImagePicker } from '../image-picker/image-picker';
import { BLOCK_TYPES, BlockForm, ReadingForm, applyBlockType, createBlock } from '../reading-form';

/** The blocks of a reading page: headings, paragraphs, tips and warnings, and images with their alt text. */
@Component({
  selector: 'lp-reading-page-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslatePipe,
    ImagePicker,
  ],
  templateUrl: './reading-page-form.html',
  styleUrl: '../editor-form.scss',
})
export class ReadingPageForm {
  readonly form = input.required<ReadingForm>();
  readonly images = input.required<EditorImages>();
  readonly submitted = input(false);

  protected readonly types = BLOCK_TYPES;
  protected readonly maxBlocks = EDITOR_LIMITS.blocksMax;
  protected readonly errorText = errorText;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected get blocks() {
    return this.form().controls.blocks;
  }

  protected typeChanged(block: BlockForm): void {
    applyBlockType(block);
  }

  protected add(type: 'paragraph' | 'image'): void {
    this.blocks.push(createBlock({ type }));
    this.focusBlock(this.blocks.length - 1);
  }

  protected remove(index: number): void {
    this.blocks.removeAt(index);
    this.focusBlock(Math.min(index, this.blocks.length - 1));
  }

  /** Moves a block up or down; the focus follows it, so keyboard users keep their place. */
  protected move(index: number, by: -1 | 1): void {
    const block = this.blocks.at(index);
    this.blocks.removeAt(index, { emitEvent: false });
    this.blocks.insert(index + by, block);
    this.focusBlock(index + by, `[data-move="${by}"]`);
  }

  private focusBlock(index: number, within = 'mat-select'): void {
    setTimeout(() => {
      const block = this.host.nativeElement.querySelectorAll<HTMLElement>('.editor-item')[index];
      (block?.querySelector<HTMLElement>(within) ?? block?.querySelector<HTMLElement>('mat-select'))?.focus();
    });
  }
}
