import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormRecord, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Application } from '@lc/shared-contracts';
import { ApplicationReviewStore, ReviewNotice } from '@lc/web-certification-data-access';
import { DraftScores, evaluateScores, toScoreRecord } from '@lc/shared-certification-rules';
import { injectFormErrors, LanguageStore, SessionStore, UiText, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, ErrorSummary, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApplicationHistory } from '../application-history/application-history';
import { ScoresForm, criteriaView, localise, resetScoresForm, roleKey, scoreOf, scoreOptions } from '../criteria-view';
import { EvidenceList } from '../evidence-list/evidence-list';
import { forwardSummary } from '../forward-summary/forward-summary';
import { ForwardSummaryData, ForwardSummaryDialog } from '../forward-summary/forward-summary-dialog';
import { ScoreSummary } from '../score-summary/score-summary';

/** An officer's view of one application: the verifier confirms or returns it, the approver returns or rejects it. */
@Component({
  selector: 'lp-application-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ApplicationReviewStore],
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
    EvidenceList,
    ScoreSummary,
    ApplicationHistory,
  ],
  templateUrl: './application-review-page.html',
  styleUrl: './application-review-page.scss',
})
export class ApplicationReviewPage {
  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly store = inject(ApplicationReviewStore);
  protected readonly ui = inject(UiText);
  private readonly session = inject(SessionStore);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly lang = inject(LanguageStore).lang;

  protected readonly application = this.store.application;
  protected readonly canVerify = computed(
    () => this.store.status() === 'submitted' && this.session.hasRole('verifier'),
  );
  protected readonly canDecide = computed(() => this.store.status() === 'verified' && this.session.hasRole('approver'));
  protected readonly canReturn = computed(() => this.canVerify() || this.canDecide());
  protected readonly canRevoke = computed(
    () => this.store.status() === 'recognised' && this.session.hasRole('approver'),
  );

  protected readonly scores: ScoresForm = new FormRecord({});
  private readonly scoresValue = signal<DraftScores>({});
  protected readonly verifyNote = new FormControl('', { nonNullable: true });
  /** Why the verifier goes on although the evidence chain is broken; the server refuses without it. */
  protected readonly evidenceOverride = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.pattern(/\S/)],
  });
  protected readonly returnForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    items: new FormRecord<FormControl<string>>({}),
  });
  protected readonly rejectForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly revokeForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly showIncomplete = signal(false);
  /** A refused step, listed beside the button that sent it rather than in a banner at the top (ADR 0024). */
  protected readonly errors = injectFormErrors();
  protected readonly failedAction = computed(() => this.store.failure()?.action ?? null);

  private readonly criteria = criteriaView(this.application, this.lang);
  protected readonly groups = this.criteria.groups;
  protected readonly evidence = this.criteria.evidence;
  protected readonly names = this.criteria.names;
  protected readonly evaluation = computed(() => {
    const app = this.application();
    if (!app) return null;
    return evaluateScores(app.criteriaSet, this.canVerify() ? this.scoresValue() : app.scores);
  });
  /** Earlier steps taken although the evidence was broken: the approver sees why. */
  protected readonly overrides = computed(() =>
    (this.application()?.transitions ?? []).filter((t) => t.evidenceOverride),
  );
  protected readonly scoreOptions = scoreOptions;
  protected readonly localise = localise;
  protected readonly scoreOf = scoreOf;

  constructor() {
    this.scores.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.scoresValue.set(this.scores.getRawValue()));
    effect(() => {
      const id = this.id();
      untracked(() => this.store.load(id));
    });
    effect(() => {
      const app = this.application();
      if (app) untracked(() => this.fillForms(app));
    });
    effect(() => {
      const failure = this.store.failure();
      untracked(() => (failure ? this.errors.fail(failure.err, this.formOf(failure.action)) : this.errors.clear()));
    });
  }

  private formOf(action: NonNullable<ReviewNotice>): FormGroup | undefined {
    const forms = {
      verified: undefined,
      returned: this.returnForm,
      rejected: this.rejectForm,
      revoked: this.revokeForm,
    };
    return forms[action];
  }

  protected applySuggestion(code: string, score: number): void {
    this.scores.controls[code]?.setValue(score);
  }

  protected verify(): void {
    if (!this.evaluation()?.complete) {
      this.scores.markAllAsTouched();
      this.showIncomplete.set(true);
      return;
    }
    const broken = !this.application()?.evidenceIntact;
    if (broken && this.evidenceOverride.invalid) {
      this.evidenceOverride.markAsTouched();
      return;
    }
    this.showIncomplete.set(false);
    const app = this.application();
    if (!app) return;
    const scores = toScoreRecord(this.scores.getRawValue());
    const data: ForwardSummaryData = {
      applicantName: app.applicantName,
      summary: forwardSummary(app, scores),
      names: this.names(),
    };
    this.dialog
      .open<ForwardSummaryDialog, ForwardSummaryData, boolean>(ForwardSummaryDialog, { data, maxWidth: '96vw' })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        const note = this.verifyNote.value.trim();
        this.store.verify({
          scores,
          ...(note ? { reason: note } : {}),
          ...(broken ? { evidenceOverride: this.evidenceOverride.value.trim() } : {}),
        });
      });
  }

  protected roleLabel(role: string): string {
    return roleKey(role) ?? role;
  }

  protected returnApplication(): void {
    if (this.returnForm.invalid) {
      this.returnForm.markAllAsTouched();
      return;
    }
    const { reason, items } = this.returnForm.getRawValue();
    const itemReasons = Object.fromEntries(
      Object.entries(items)
        .map(([code, text]) => [code, text.trim()] as const)
        .filter(([, text]) => text.length > 0),
    );
    this.store.returnApplication({
      reason: reason.trim(),
      ...(Object.keys(itemReasons).length ? { itemReasons } : {}),
    });
  }

  protected reject(): void {
    this.confirmThen(this.rejectForm, 'reject', (reason) => this.store.reject({ reason }));
  }

  protected revoke(): void {
    this.confirmThen(this.revokeForm, 'revoke', (reason) => this.store.revoke({ reason }));
  }

  /** Final steps (reject, revoke) need a reason and a second "yes". */
  private confirmThen(
    form: FormGroup<{ reason: FormControl<string> }>,
    key: 'reject' | 'revoke',
    act: (reason: string) => void,
  ): void {
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    const t = (k: string) => translateText(this.translate, `certification.review.${key}${k}`);
    const data: ConfirmDialogData = {
      title: t('ConfirmTitle'),
      message: t('ConfirmMessage'),
      confirmLabel: t('Confirm'),
      cancelLabel: translateText(this.translate, 'certification.review.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) act(form.getRawValue().reason.trim());
      });
  }

  private fillForms(app: Application): void {
    // The verifier scores from the evidence, not by nodding through the applicant's own numbers (shown beside).
    resetScoresForm(this.scores, app.criteriaSet.items, this.canVerify() ? {} : app.scores);
    this.scoresValue.set(this.scores.getRawValue());
    const items = this.returnForm.controls.items;
    for (const name of Object.keys(items.controls)) items.removeControl(name, { emitEvent: false });
    for (const item of app.criteriaSet.items) {
      items.addControl(item.code, new FormControl('', { nonNullable: true }), { emitEvent: false });
    }
    this.returnForm.reset();
    this.rejectForm.reset();
    this.revokeForm.reset();
    this.verifyNote.reset();
    this.evidenceOverride.reset();
  }
}
