import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CourseSummary, CreateTestMaterialRequest, MaterialSummary, UpdateCourseRequest } from '@lc/shared-contracts';
import { CatalogStore, TrainerStore } from '@lc/web-catalog-data-access';
import {
  LanguageStore,
  UiMessage,
  UiText,
  failureMessage,
  injectFormErrors,
  uiMessage,
  translateText,
} from '@lc/web-shared-data-access';
import { ErrorBanner, ErrorSummary, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { CourseCreateForm, CourseCreation } from '../course-create-form/course-create-form';
import { CourseDraftActions } from '../course-draft-actions/course-draft-actions';
import { CourseOutline } from '../course-outline/course-outline';
import { EditorMaterials } from '../material-editor/editor-materials/editor-materials';
import { TestItemsEditor } from '../test-items-editor/test-items-editor';
import { pick } from '../catalog-format';

@Component({
  selector: 'lp-trainer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    ErrorSummary,
    LoadingIndicator,
    CourseCreateForm,
    CourseDraftActions,
    CourseOutline,
    TestItemsEditor,
    EditorMaterials,
  ],
  templateUrl: './trainer-page.html',
  styleUrl: './trainer-page.scss',
})
export class TrainerPage {
  protected readonly store = inject(TrainerStore);
  protected readonly catalog = inject(CatalogStore);
  protected readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);

  protected readonly ui = inject(UiText);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly fileMissing = signal(false);
  /** Why the last upload was refused, shown beside the file field rather than at the top of the page. */
  // Every refusal of an upload concerns its file, except a field the API names (the title).
  protected readonly uploadErrors = injectFormErrors(() => 'file');
  protected readonly uploadError = computed(() => this.uploadErrors.field('file'));
  protected readonly openMaterialId = signal<string | null>(null);
  protected readonly pick = pick;
  protected readonly domains = computed(() => this.catalog.competenceFramework()?.domains ?? []);
  protected readonly uploadForm = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
  });

  private readonly createForm = viewChild(CourseCreateForm);
  private readonly draftActions = viewChild(CourseDraftActions);
  private readonly testEditor = viewChild(TestItemsEditor);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly editorHeading = viewChild<ElementRef<HTMLElement>>('editorHeading');

  constructor() {
    void this.catalog.loadFramework();
    void this.run(() => this.store.load());
    void this.store.loadContentTypes().catch(() => undefined);
    // Back from the H5P editor, which saved to the course still open here: say so, and put the reader there.
    const notice = inject(Router).currentNavigation()?.extras.state?.['notice'];
    if (typeof notice === 'string' && this.store.course()) {
      this.status.set(uiMessage(notice));
      this.focusEditor();
    }
  }

  protected title(course: CourseSummary): string {
    return pick(course.title, this.language.lang());
  }

  protected async open(course: CourseSummary): Promise<void> {
    if (await this.run(() => this.store.open(course.id))) this.focusEditor();
  }

  /** A refusal goes to the form, beside the fields it names (the banner is far above a long page). */
  protected async create({ request, key }: CourseCreation): Promise<void> {
    this.error.set(null);
    this.status.set(null);
    try {
      await this.store.create(request, key);
    } catch (err) {
      this.createForm()?.fail(err);
      return;
    }
    this.status.set(uiMessage('catalog.trainer.created'));
    this.createForm()?.reset();
    this.focusEditor();
  }

  protected chooseFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    this.fileMissing.set(false);
    this.uploadErrors.clear();
    const title = this.uploadForm.controls.title;
    if (file && !title.value) title.setValue(file.name.replace(/\.h5p$/i, '').replace(/[-_]+/g, ' '));
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    this.fileMissing.set(!file);
    if (!file || this.uploadForm.invalid) return this.uploadForm.markAllAsTouched();
    this.uploadErrors.clear();
    this.status.set(null);
    try {
      await this.store.uploadH5p(file, this.uploadForm.getRawValue().title.trim());
    } catch (err) {
      this.uploadErrors.fail(err, this.uploadForm);
      return;
    }
    this.status.set(uiMessage('catalog.trainer.uploaded'));
    this.uploadForm.reset();
    this.file.set(null);
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
  }

  /** Deleting cannot be undone, so it waits for a confirmation that names the material. */
  protected async removeMaterial(material: MaterialSummary): Promise<void> {
    const title = pick(material.title, this.language.lang());
    const data: ConfirmDialogData = {
      title: translateText(this.translate, 'catalog.trainer.deleteTitle'),
      message: translateText(this.translate, 'catalog.trainer.deleteMessage', { title }),
      confirmLabel: translateText(this.translate, 'catalog.trainer.deleteConfirm'),
      cancelLabel: translateText(this.translate, 'catalog.trainer.deleteCancel'),
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    if (this.openMaterialId() === material.id) this.openMaterialId.set(null);
    if (await this.run(() => this.store.deleteMaterial(material.id), 'catalog.trainer.materialDeleted')) {
      this.editorHeading()?.nativeElement.focus();
    }
  }

  protected async updateDraft(req: UpdateCourseRequest): Promise<void> {
    if (await this.run(() => this.store.update(req), 'catalog.trainer.draft.saved')) this.draftActions()?.close();
  }

  /** Only an empty draft can go (the server refuses others with a message); it asks first, naming the course. */
  protected async removeDraft(): Promise<void> {
    const course = this.store.course();
    if (!course) return;
    const title = pick(course.title, this.language.lang());
    const data: ConfirmDialogData = {
      title: translateText(this.translate, 'catalog.trainer.draft.deleteTitle'),
      message: translateText(this.translate, 'catalog.trainer.draft.deleteMessage', { title }),
      confirmLabel: translateText(this.translate, 'catalog.trainer.draft.deleteConfirm'),
      cancelLabel: translateText(this.translate, 'catalog.trainer.deleteCancel'),
    };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed()))) return;
    if (await this.run(() => this.store.remove())) {
      this.status.set(uiMessage('catalog.trainer.draft.deleted', { title }));
    }
  }

  protected async addTest(req: CreateTestMaterialRequest): Promise<void> {
    if (await this.run(() => this.store.addTest(req), 'catalog.trainer.testSaved')) this.testEditor()?.reset();
  }

  protected async submitForReview(): Promise<void> {
    await this.run(() => this.store.submitForReview(), 'catalog.trainer.submitted');
  }

  private focusEditor(): void {
    setTimeout(() => {
      const heading = this.editorHeading()?.nativeElement;
      heading?.focus();
      heading?.scrollIntoView?.({ block: 'start' });
    });
  }

  private async run(action: () => Promise<unknown>, successKey?: string): Promise<boolean> {
    this.error.set(null);
    this.status.set(null);
    try {
      await action();
      if (successKey) this.status.set(uiMessage(successKey));
      return true;
    } catch (err) {
      this.error.set(failureMessage(err));
      return false;
    }
  }
}
