import { DatePipe, NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { ApplicationStatus } from '@lc/shared-contracts';
import {
  DEFAULT_QUEUE_FILTER,
  OfficerQueueStore,
  QueueFilter,
  queueCommunes,
  queueView,
} from '@lc/web-certification-data-access';
import { SessionStore, UiText, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';

type QueueStatus = Extract<ApplicationStatus, 'submitted' | 'verified' | 'recognised'>;

/**
 * Verifiers see submitted applications, approvers verified ones, and approvers recognise them in a decision.
 * A commune's list runs to hundreds at the year's end: it can be searched, filtered and sorted, and the rows
 * become cards on a phone.
 */
@Component({
  selector: 'lp-officer-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [OfficerQueueStore],
  imports: [
    DatePipe,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTabsModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
  ],
  templateUrl: './officer-queue-page.html',
  styleUrl: './officer-queue-page.scss',
})
export class OfficerQueuePage {
  protected readonly store = inject(OfficerQueueStore);
  protected readonly ui = inject(UiText);
  private readonly session = inject(SessionStore);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly tabs = computed<QueueStatus[]>(() => [
    ...(this.session.hasRole('verifier') ? (['submitted'] as const) : []),
    ...(this.session.hasRole('approver') ? (['verified', 'recognised'] as const) : []),
  ]);
  protected readonly tabIndex = signal(0);
  protected readonly status = computed<QueueStatus | null>(() => this.tabs()[this.tabIndex()] ?? null);
  protected readonly canDecide = computed(() => this.status() === 'verified' && this.session.hasRole('approver'));

  protected readonly filterForm = new FormGroup({
    query: new FormControl(DEFAULT_QUEUE_FILTER.query, { nonNullable: true }),
    result: new FormControl(DEFAULT_QUEUE_FILTER.result, { nonNullable: true }),
    commune: new FormControl(DEFAULT_QUEUE_FILTER.commune),
    sort: new FormControl(DEFAULT_QUEUE_FILTER.sort, { nonNullable: true }),
  });
  private readonly filter = toSignal(this.filterForm.valueChanges.pipe(map(() => this.currentFilter())), {
    initialValue: DEFAULT_QUEUE_FILTER,
  });
  protected readonly rows = computed(() => queueView(this.store.items(), this.filter()));
  protected readonly communes = computed(() => queueCommunes(this.store.items()));
  /** Rows on screen that a decision may take: the passing ones. */
  private readonly selectable = computed(() => this.rows().filter((row) => row.passes));
  protected readonly allSelected = computed(
    () => this.selectable().length > 0 && this.selectable().every((row) => this.selected().has(row.id)),
  );

  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly decisionError = signal<string | null>(null);
  protected readonly decisionForm = new FormGroup({
    number: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    signedOn: new FormControl(today(), { nonNullable: true, validators: [Validators.required] }),
    signerName: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  /** Asked for once the server names applications whose evidence chain is broken. */
  protected readonly evidenceOverride = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.pattern(/\S/)],
  });
  protected readonly brokenNames = computed(() => {
    const broken = new Set(this.store.brokenEvidence());
    return this.store
      .items()
      .filter((item) => broken.has(item.id))
      .map((item) => item.applicantName)
      .join(', ');
  });

  constructor() {
    effect(() => {
      const status = this.status();
      if (status) untracked(() => this.store.load(status));
    });
    effect(() => {
      const ids = new Set(this.store.items().map((item) => item.id));
      untracked(() => this.selected.update((current) => new Set([...current].filter((id) => ids.has(id)))));
    });
    effect(() => {
      if (this.store.decision())
        untracked(() => {
          this.decisionForm.reset();
          this.evidenceOverride.reset();
        });
    });
  }

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
    this.decisionError.set(null);
  }

  protected toggleAll(checked: boolean): void {
    const visible = this.selectable().map((row) => row.id);
    this.selected.update((current) => {
      const next = new Set(current);
      for (const id of visible) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
    this.decisionError.set(null);
  }

  protected decide(): void {
    const chosen = this.store.items().filter((item) => this.selected().has(item.id) && item.passes);
    if (chosen.length === 0) {
      this.decisionError.set('certification.officer.decision.noneSelected');
      return;
    }
    if (new Set(chosen.map((item) => item.communeName)).size > 1) {
      this.decisionError.set('certification.officer.decision.mixedCommunes');
      return;
    }
    const broken = this.store.brokenEvidence().some((id) => chosen.some((item) => item.id === id));
    if (this.decisionForm.invalid || (broken && this.evidenceOverride.invalid)) {
      this.decisionForm.markAllAsTouched();
      this.evidenceOverride.markAsTouched();
      return;
    }
    this.decisionError.set(null);
    const { number, signedOn, signerName } = this.decisionForm.getRawValue();
    const t = (key: string, params?: object) =>
      translateText(this.translate, `certification.officer.decision.${key}`, params);
    // Recognising is final: the approver sees whom, how many and under which decision before it is recorded.
    const data: ConfirmDialogData = {
      title: t('confirmTitle', { number: number.trim() }),
      message: t('confirmMessage', {
        count: chosen.length,
        commune: chosen[0].communeName,
        signedOn,
        signer: signerName.trim(),
        names: chosen.map((item) => `${item.applicantName} (${item.total})`).join(', '),
      }),
      confirmLabel: t('confirm'),
      cancelLabel: translateText(this.translate, 'certification.review.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.store.createDecision({
          number: number.trim(),
          signedOn,
          signerName: signerName.trim(),
          applicationIds: chosen.map((item) => item.id),
          ...(broken ? { evidenceOverride: this.evidenceOverride.value.trim() } : {}),
        });
      });
  }

  private currentFilter(): QueueFilter {
    const { query, result, commune, sort } = this.filterForm.getRawValue();
    return { query, result, commune: commune ?? null, sort };
  }
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
