import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { EditorHotspot, PROPOSAL_BOUNDS } from '@lc/shared-contracts';
import { FormErrors } from '@lc/web-shared-data-access';
import { HotspotPlacer } from '@lc/web-catalog-feature';
import { ProposalForm, createRegion } from './proposal-form';
import { refreshOnFormEvents } from './refresh-on-form-events';

/**
 * The regions of a hotspot proposal: typed in the picture's pixels (the way for keyboard and screen reader), or
 * placed on the picture by pointer or arrow keys (HotspotPlacer), one region at a time; and which one is right.
 */
@Component({
  selector: 'lp-proposal-regions-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    HotspotPlacer,
  ],
  templateUrl: './proposal-regions-field.html',
  styleUrl: './proposal-form-page.scss',
})
export class ProposalRegionsField {
  readonly form = input.required<ProposalForm>();
  /** The page's record of a refused send: a region's refused field is worded beside it. */
  readonly errors = input<FormErrors | null>(null);

  constructor() {
    refreshOnFormEvents(this.form);
  }
  protected readonly bounds = PROPOSAL_BOUNDS.regions;
  protected readonly coordinates = ['x', 'y', 'width', 'height'] as const;
  /** The region the placer moves. */
  protected readonly placing = signal(0);

  protected box(index: number): EditorHotspot {
    const { x, y, width, height } = this.form().controls.regions.at(index).getRawValue();
    return { x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
  }

  protected place(index: number, box: EditorHotspot): void {
    this.form().controls.regions.at(index).patchValue(box);
  }

  protected add(): void {
    const regions = this.form().controls.regions;
    if (regions.length >= this.bounds.max) return;
    regions.push(createRegion());
    this.placing.set(regions.length - 1);
  }

  protected remove(index: number): void {
    const form = this.form();
    if (form.controls.regions.length <= this.bounds.min) return;
    form.controls.regions.removeAt(index);
    const right = form.controls.rightRegion.value;
    if (right >= index && right > 0) form.controls.rightRegion.setValue(right - 1);
    this.placing.set(0);
  }
}
