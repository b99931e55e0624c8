import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  HostListener,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { debounceTime } from 'rxjs';
import { FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Application } from '@lc/shared-contracts';
import { MyApplicationStore } from '@lc/web-certification-data-access';
import { DraftScores, evaluateScores, toScoreRecord } from '@lc/shared-certification-rules';
import { LanguageStore, UiText, injectFormErrors, translateText } from '@lc/web-shared-data-access';
import {
  ErrorBanner,
  ErrorSummary,
  HoldsUnsavedWork,
  LoadingIndicator,
  PageHeading,
  warnBeforeUnload,
} from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApplicationHistory } from '../application-history/application-history';
import {
  ScoresForm,
  criteriaView,
  latestReason,
  localise,
  resetScoresForm,
  scoreOf,
  scoreOptions,
} from '../criteria-view';
import { EvidenceList } from '../evidence-list/evidence-list';
import { ScoreSummary } from '../score-summary/score-summary';

/** Quiet time after the last change before the scores are saved: a few choices in a row make one request. */
export const AUTOSAVE_DELAY_MS = 1200;

/**
 * The citizen's self-assessment and application for this year's title. Scores are saved to the server as they
 * are chosen (docs/adr/0024), so a reload or another device finds them; leaving while some are not saved asks.
 */
@Component({
  selector: 'lp-application-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyApplicationStore],
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    ErrorSummary,
    LoadingIndicator,
    EvidenceList,
    ScoreSummary,
    ApplicationHistory,
  ],
  templateUrl: './application-page.html',
  styleUrl: './application-page.scss',
})
export class ApplicationPage implements HoldsUnsavedWork {
  protected readonly store = inject(MyApplicationStore);
  protected readonly ui = inject(UiText);
  private readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly year = new Date().getFullYear();
  protected readonly lang = this.language.lang;
  protected readonly form: ScoresForm = new FormRecord({});
  private readonly formValue = signal<DraftScores>({});
  protected readonly showIncomplete = signal(false);
  /** A refused start, save or submit: listed in a summary by the buttons that take the focus (ADR 0024). */
  protected readonly errors = injectFormErrors();

  protected readonly application = this.store.application;
  private readonly criteria = criteriaView(this.application, this.lang);
  protected readonly groups = this.criteria.groups;
  protected readonly evidence = this.criteria.evidence;
  protected readonly names = this.criteria.names;
  protected readonly evaluation = computed(() => {
    const app = this.application();
    if (!app) return null;
    return evaluateScores(app.criteriaSet, this.store.editable() ? this.formValue() : app.scores);
  });
  protected readonly returnReason = computed(() => latestReason(this.application()?.transitions ?? [], 'returned'));
  protected readonly rejectReason = computed(() => latestReason(this.application()?.transitions ?? [], 'rejected'));
  /** Scores on screen that the server does not hold yet. */
  protected readonly unsaved = computed(
    () => this.store.editable() && !this.store.holds(toScoreRecord(this.formValue())),
  );
  protected readonly scoreOptions = scoreOptions;
  protected readonly localise = localise;
  protected readonly scoreOf = scoreOf;

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.formValue.set(this.form.getRawValue()));
    this.form.valueChanges.pipe(debounceTime(AUTOSAVE_DELAY_MS), takeUntilDestroyed()).subscribe(() => this.autosave());
    effect(() => {
      const app = this.application();
      if (app) untracked(() => this.fillForm(app));
    });
    effect(() => {
      const failure = this.store.failure();
      untracked(() => (failure ? this.errors.fail(failure.err, this.form) : this.errors.clear()));
    });
    this.store.load(this.year);
  }

  hasUnsavedWork(): boolean {
    return this.unsaved();
  }

  @HostListener('window:beforeunload', ['$event'])
  protected beforeUnload(event: BeforeUnloadEvent): void {
    warnBeforeUnload(event, this.unsaved());
  }

  /** Also the retry after a failed autosave. */
  protected autosave(): void {
    if (this.unsaved() && !this.store.busy()) this.store.autosave(toScoreRecord(this.form.getRawValue()));
  }

  protected reload(): void {
    this.store.load(this.year);
  }

  protected start(): void {
    this.store.start(this.year);
  }

  protected applySuggestion(code: string, score: number): void {
    const control = this.form.controls[code];
    control?.setValue(score);
    control?.markAsDirty();
  }

  protected save(): void {
    this.store.save(toScoreRecord(this.form.getRawValue()));
  }

  protected submit(): void {
    const evaluation = this.evaluation();
    if (!evaluation?.complete) {
      this.form.markAllAsTouched();
      this.showIncomplete.set(true);
      return;
    }
    this.showIncomplete.set(false);
    const t = (key: string) => translateText(this.translate, `certification.application.${key}`);
    const data: ConfirmDialogData = {
      title: t('confirmTitle'),
      message: evaluation.passes ? t('confirmMessage') : `${t('confirmFailing')} ${t('confirmMessage')}`,
      confirmLabel: t('confirmButton'),
      cancelLabel: t('cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.store.submit(toScoreRecord(this.form.getRawValue()));
      });
  }

  private fillForm(app: Application): void {
    resetScoresForm(this.form, app.criteriaSet.items, app.scores);
    this.formValue.set(this.form.getRawValue());
  }
}
