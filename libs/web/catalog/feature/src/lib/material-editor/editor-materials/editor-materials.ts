import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import type { CourseDetail, EditorMaterialSummary } from '@lc/shared-contracts';
import { EditorApi } from '@lc/web-catalog-data-access';
import { apiErrorMessage } from '@lc/web-shared-data-access';
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
  templateUrl: './editor-materials.html',
  styleUrl: './editor-materials.scss',
})
export class EditorMaterials {
  readonly course = input.required<CourseDetail>();
  readonly editable = input(false);

  protected readonly kinds: EditorKind[] = ['reading', 'quiz', 'phone'];
  protected readonly materials = signal<EditorMaterialSummary[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly kindOf = kindOf;
  private readonly api = inject(EditorApi);
  private readonly translate = inject(TranslateService);

  constructor() {
    effect(() => {
      const course = this.course();
      void this.load(course.id);
    });
  }

  protected async export(material: EditorMaterialSummary): Promise<void> {
    this.error.set(null);
    try {
      const blob = await firstValueFrom(this.api.export(this.course().id, material.materialId));
      saveBlob(blob, h5pFileName(material.title));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }

  /** Runs again for each new detail of the course: every change of its materials brings one. */
  private async load(courseId: string): Promise<void> {
    try {
      this.materials.set(await firstValueFrom(this.api.list(courseId)));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }
}
