import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { PROPOSAL_PICTURE_MAX_BYTES, PROPOSAL_PICTURE_TYPES } from '@lc/shared-contracts';
import { ProposalPictureForm, setPicture } from './proposal-picture-form';

/** Reads a file as a data URL and measures the picture (the browser decodes it; the server checks its bytes). */
async function readPicture(file: File): Promise<{ src: string; width: number; height: number }> {
  const src = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  const img = new Image();
  img.src = src;
  await img.decode();
  return { src, width: img.naturalWidth, height: img.naturalHeight };
}

/** "Hình ảnh (không bắt buộc)": a PNG, JPEG or WebP file shown with the stem, and its alt text in both languages. */
@Component({
  selector: 'lp-proposal-picture-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <fieldset class="proposal__option" [formGroup]="group()">
      <legend>{{ 'itemBank.form.picture' | translate }}</legend>
      <p id="proposal-picture-hint">{{ 'itemBank.form.pictureHint' | translate: { kb: maxKb } }}</p>
      <label for="proposal-picture">{{ 'itemBank.form.pictureFile' | translate }}</label>
      <input
        id="proposal-picture"
        class="full"
        type="file"
        [accept]="types.join(',')"
        [attr.aria-describedby]="
          serverError() ? 'proposal-picture-hint proposal-picture-refused' : 'proposal-picture-hint'
        "
        (change)="pick($event)"
      />
      @if (problem(); as key) {
        <p class="proposal__error" role="alert">{{ key | translate: { kb: maxKb } }}</p>
      }
      @if (serverError(); as message) {
        <p class="proposal__error" id="proposal-picture-refused">{{ message }}</p>
      }
      @if (src(); as source) {
        <img class="proposal__preview" [src]="source" [alt]="group().controls.altVi.value" />
        <mat-form-field class="full">
          <mat-label>{{ 'itemBank.form.altVi' | translate }}</mat-label>
          <input matInput formControlName="altVi" lang="vi" />
          <mat-error>{{ 'itemBank.form.altRequired' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'itemBank.form.altEn' | translate }}</mat-label>
          <input matInput formControlName="altEn" lang="en" />
          <mat-error>{{ 'itemBank.form.altRequired' | translate }}</mat-error>
        </mat-form-field>
        <button mat-button type="button" (click)="remove()">{{ 'itemBank.form.pictureRemove' | translate }}</button>
      }
    </fieldset>
  `,
  styleUrl: './proposal-form-page.scss',
})
export class ProposalPictureField {
  readonly group = input.required<ProposalPictureForm>();
  /** The server's refusal of the picture (its type, size, alt text, or its absence from a hotspot item). */
  readonly serverError = input<string | null>(null);
  protected readonly types = PROPOSAL_PICTURE_TYPES;
  protected readonly maxKb = PROPOSAL_PICTURE_MAX_BYTES / 1024;
  protected readonly src = signal('');
  /** The i18n key of what is wrong with the chosen file. */
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => this.src.set(this.group().controls.src.value));
  }

  protected async pick(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.problem.set(null);
    if (!file) return;
    if (!(this.types as readonly string[]).includes(file.type)) return this.problem.set('itemBank.form.pictureType');
    if (file.size > PROPOSAL_PICTURE_MAX_BYTES) return this.problem.set('itemBank.form.pictureTooLarge');
    try {
      const picture = await readPicture(file);
      setPicture(this.group(), picture);
      this.src.set(picture.src);
    } catch {
      this.problem.set('itemBank.form.pictureType');
    }
  }

  protected remove(): void {
    setPicture(this.group(), null);
    this.src.set('');
  }
}
