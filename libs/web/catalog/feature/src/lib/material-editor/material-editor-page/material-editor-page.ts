import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EditorProblem } from '@lc/shared-contracts';
import { MaterialEditorStore, TrainerStore } from '@lc/web-catalog-data-access';
import {
  LanguageStore,
  UiMessage,
  UiText,
  apiErrorMessage,
  failureMessage,
  uiMessage,
} from '@lc/web-shared-data-access';
import { ErrorBanner, ErrorSummary, ErrorSummaryItem, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { pick } from '../../catalog-format';
import { H5pPlayer } from '../../h5p-player/h5p-player';
import { errorText } from '../editor-controls';
import { h5pFileName, saveBlob } from '../editor-download';
import { EditorImages } from '../editor-images';
import { EditorForms, EditorKind, createEditorForm, showProblems, toEditorSource, withUploads } from '../editor-source';
import { PhoneTaskForm } from '../phone-task-form/phone-task-form';
import { PracticeQuizForm } from '../practice-quiz-form/practice-quiz-form';
import { ReadingPageForm } from '../reading-page-form/reading-page-form';

/**
 * The browser editor of one material of a draft course: a new one of a kind (/trainer/courses/:courseId/editor/
 * new/:kind) or a saved one (/trainer/courses/:courseId/editor/:materialId). Its preview is the real player playing
 * a package the server packed and checked; saving adds or replaces the material; a saved one can be exported.
 */
@Component({
  selector: 'lp-material-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    ErrorSummary,
    LoadingIndicator,
    H5pPlayer,
    ReadingPageForm,
    PracticeQuizForm,
    PhoneTaskForm,
  ],
  providers: [MaterialEditorStore],
  templateUrl: './material-editor-page.html',
  styleUrl: './material-editor-page.scss',
})
export class MaterialEditorPage implements OnInit, OnDestroy {
  readonly courseId = input.required<string>();
  /** Route parameter of a new material. */
  readonly kind = input<EditorKind | undefined>();
  /** Route parameter of a saved one. */
  readonly materialId = input<string | undefined>();

  protected readonly editor = inject(MaterialEditorStore);
  protected readonly ui = inject(UiText);
  protected readonly store = inject(TrainerStore);
  protected readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly forms = signal<EditorForms | null>(null);
  protected readonly images = signal(new EditorImages());
  /** Why the editor could not open: nothing else is on the page. */
  protected readonly error = signal<UiMessage | null>(null);
  /** A refused save, preview or export that no field takes: listed beside the buttons, with the focus. */
  protected readonly problems = signal<ErrorSummaryItem[]>([]);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly submitted = signal(false);
  /** One player per preview: a new path starts a new player. */
  protected readonly previewPaths = signal<string[]>([]);
  protected readonly errorText = errorText;
  protected readonly course = computed(() =>
    this.store.course()?.id === this.courseId() ? this.store.course() : null,
  );
  protected readonly editable = computed(() => this.course()?.status === 'draft');
  protected readonly kindShown = computed(() => this.forms()?.kind ?? this.kind() ?? 'reading');
  protected readonly courseTitle = computed(() => pick(this.course()?.title, this.language.lang()));
  protected readonly reading = computed(() => {
    const f = this.forms();
    return f?.kind === 'reading' ? f.form : null;
  });
  protected readonly quiz = computed(() => {
    const f = this.forms();
    return f?.kind === 'quiz' ? f.form : null;
  });
  protected readonly phone = computed(() => {
    const f = this.forms();
    return f?.kind === 'phone' ? f.form : null;
  });

  async ngOnInit(): Promise<void> {
    await this.run(async () => {
      if (!this.course()) await this.store.open(this.courseId());
      const materialId = this.materialId();
      if (!materialId) {
        this.forms.set(createEditorForm(this.kind() ?? 'reading'));
        return;
      }
      const source = await this.editor.source(this.courseId(), materialId);
      this.images().dispose();
      this.images.set(new EditorImages(source.basePath));
      this.forms.set(createEditorForm(source));
    });
  }

  ngOnDestroy(): void {
    this.images().dispose();
  }

  protected async preview(): Promise<void> {
    const request = this.request();
    if (!request) return;
    const done = await this.run(async () => {
      this.previewPaths.set([await this.editor.preview(this.courseId(), request, this.materialId())]);
    });
    if (done) this.status.set(uiMessage('catalog.editor.previewReady'));
  }

  protected async save(): Promise<void> {
    const request = this.request();
    if (!request) return;
    const materialId = this.materialId();
    let saved = false;
    await this.run(async () => {
      this.store.show(await this.editor.save(this.courseId(), materialId, request));
      saved = true;
    });
    if (saved) await this.router.navigate(['/trainer'], { state: { notice: 'catalog.editor.saved' } });
  }

  protected async export(): Promise<void> {
    const materialId = this.materialId();
    const title = this.forms()?.form.controls.title.value ?? '';
    if (!materialId) return;
    await this.run(async () => saveBlob(await this.editor.export(this.courseId(), materialId), h5pFileName(title)));
  }

  /** The request for the form as it is, or null (and the first field to fix focused) when it is not ready. */
  private request() {
    const forms = this.forms();
    if (!forms) return null;
    this.submitted.set(true);
    this.status.set(null);
    if (forms.form.invalid) {
      forms.form.markAllAsTouched();
      this.status.set(uiMessage('catalog.editor.fixFields'));
      this.focusFirstProblem();
      return null;
    }
    return withUploads(toEditorSource(forms), this.images().pending);
  }

  private async run(action: () => Promise<void>): Promise<boolean> {
    this.error.set(null);
    this.problems.set([]);
    try {
      await action();
      return true;
    } catch (err) {
      if (this.forms()) this.problems.set(this.failure(err).map((message) => ({ message })));
      else this.error.set(failureMessage(err));
      return false;
    }
  }

  /** The API's problems go beside their fields; what has no field, or no problems, is returned for the summary. */
  private failure(err: unknown): string[] {
    const problems = err instanceof HttpErrorResponse ? (err.error?.details?.problems as EditorProblem[]) : null;
    const forms = this.forms();
    if (!Array.isArray(problems) || !forms) return [apiErrorMessage(err, this.translate)];
    const unplaced = showProblems(forms.form, problems);
    if (!unplaced.length) this.focusFirstProblem();
    return unplaced.map((p) => p.message);
  }

  private focusFirstProblem(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>(
          '.mat-form-field-invalid input, .mat-form-field-invalid textarea, input[aria-invalid="true"], [role="alert"]',
        )
        ?.focus(),
    );
  }
}
