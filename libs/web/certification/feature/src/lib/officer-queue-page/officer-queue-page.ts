import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { ApplicationStatus } from '@lc/shared-contracts';
import { OfficerQueueStore } from '@lc/web-certification-data-access';
import { SessionStore } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe } from '@ngx-translate/core';

type QueueStatus = Extract<ApplicationStatus, 'submitted' | 'verified' | 'recognised'>;

/** Verifiers see submitted applications, approvers verified ones, and approvers recognise them in a decision. */
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
  private readonly session = inject(SessionStore);

  protected readonly tabs = computed<QueueStatus[]>(() => [
    ...(this.session.hasRole('verifier') ? (['submitted'] as const) : []),
    ...(this.session.hasRole('approver') ? (['verified', 'recognised'] as const) : []),
  ]);
  protected readonly tabIndex = signal(0);
  protected readonly status = computed<QueueStatus | null>(() => this.tabs()[this.tabIndex()] ?? null);
  protected readonly canDecide = computed(() => this.status() === 'verified' && this.session.hasRole('approver'));

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
    this.store.createDecision({
      number: number.trim(),
      signedOn,
      signerName: signerName.trim(),
      applicationIds: chosen.map((item) => item.id),
      ...(broken ? { evidenceOverride: this.evidenceOverride.value.trim() } : {}),
    });
  }
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
