import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CourseDetail, MaterialSummary } from '@lc/shared-contracts';
import { H5pPlayer } from '../h5p-player/h5p-player';
import { Lang, pick } from '../catalog-format';

export interface MaterialStatement {
  materialId: string;
  statement: Record<string, unknown>;
}

/** Modules and materials of a course; the open H5P material plays in place. */
@Component({
  selector: 'lp-course-outline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, H5pPlayer],
  templateUrl: './course-outline.html',
  styleUrl: './course-outline.scss',
})
export class CourseOutline {
  readonly course = input.required<CourseDetail>();
  readonly lang = input<Lang>('vi');
  /** The H5P material currently playing, if any. */
  readonly openMaterialId = input<string | null>(null);
  /** Whether tests link to the attempt page (only for published courses). */
  readonly testsEnabled = input(true);
  /** Links each saved test to its learner's-eye preview: the author's editor and the content reviewer's page. */
  readonly previewTests = input(false);
  readonly headingLevel = input<2 | 3>(2);
  /** Shows a delete button per material: the author's editor of a draft. */
  readonly removable = input(false);
  /** Saves and restores each H5P material's state: a signed-in learner on a published course. */
  readonly keepState = input(false);
  /** Materials the learner has finished, ticked in the outline. */
  readonly doneMaterialIds = input<ReadonlySet<string>>(new Set());
  readonly remove = output<MaterialSummary>();
  readonly openChange = output<string | null>();
  readonly xapi = output<MaterialStatement>();

  protected readonly pick = pick;

  protected toggle(material: MaterialSummary): void {
    this.openChange.emit(this.openMaterialId() === material.id ? null : material.id);
  }
}
