import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CourseDetail, EditorMaterialSummary } from '@lc/shared-contracts';
import { EditorMaterialsStore } from '@lc/web-catalog-data-access';
import { UiText } from '@lc/web-shared-data-access';
import { h5pFileName, saveBlob } from '../editor-download';
import { EditorKind, kindOf } from '../editor-source';

/**
 * On the trainer's page, for the open course: start a new material in the editor, and edit or export those made
 * there. Listed again whenever the course changes (a save, a deletion).
 */
@Component({
  selector: 'lp-editor-materials',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  providers: [EditorMaterialsStore],
  templateUrl: './editor-materials.html',
  styleUrl: './editor-materials.scss',
})
export class EditorMaterials {
  readonly course = input.required<CourseDetail>();
  readonly editable = input(false);

  protected readonly kinds: EditorKind[] = ['reading', 'quiz', 'phone'];
  protected readonly store = inject(EditorMaterialsStore);
  protected readonly ui = inject(UiText);
  protected readonly kindOf = kindOf;

  constructor() {
    effect(() => {
      const course = this.course();
      void this.store.load(course.id);
    });
  }

  protected async export(material: EditorMaterialSummary): Promise<void> {
    const blob = await this.store.export(this.course().id, material.materialId);
    if (blob) saveBlob(blob, h5pFileName(material.title));
  }
}
