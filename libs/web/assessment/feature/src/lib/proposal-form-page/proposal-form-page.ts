import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ReviewedItem } from '@lc/shared-contracts';
import { ItemBankApi } from '@lc/web-assessment-data-access';
import { CatalogStore } from '@lc/web-catalog-data-access';
import { LanguageStore, SessionStore, apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  MAX_OPTIONS,
  MIN_OPTIONS,
  ProposalForm,
  createProposalForm,
  createProposalOption,
  toProposalRequest,
} from './proposal-form';
import { ProposalPictureField } from './proposal-picture-field';

/**
 * "Đề xuất câu hỏi": a trainer writes a bank item in both languages, or edits a returned one, or proposes the next
 * version of a published one (`revises`). Nothing is used until a content reviewer publishes it.
 */
@Component({
  selector: 'lp-proposal-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    ProposalPictureField,
  ],
  templateUrl: './proposal-form-page.html',
  styleUrl: './proposal-form-page.scss',
})
export class ProposalFormPage {
  private readonly api = inject(ItemBankApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly session = inject(SessionStore);
  protected readonly catalog = inject(CatalogStore);
  protected readonly language = inject(LanguageStore);

  /** Route parameter: the proposal being edited. */
  readonly itemId = input<string | undefined>();
  /** Query parameter: the published item this proposal revises. */
  readonly revises = input<string | undefined>();

  protected readonly form = signal<ProposalForm | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly levels = [1, 2, 3, 4, 5, 6, 7, 8];
  protected readonly minOptions = MIN_OPTIONS;
  protected readonly maxOptions = MAX_OPTIONS;
  protected readonly heading = computed(() =>
    this.itemId() ? 'itemBank.form.editTitle' : this.revises() ? 'itemBank.form.reviseTitle' : 'itemBank.form.newTitle',
  );

  constructor() {
    void this.catalog.loadFramework();
    effect(() => void this.load(this.itemId(), this.revises()));
  }

  protected addOption(form: ProposalForm): void {
    form.controls.options.push(createProposalOption());
  }

  protected removeOption(form: ProposalForm, index: number): void {
    form.controls.options.removeAt(index);
  }

  protected async submit(form: ProposalForm): Promise<void> {
    if (form.invalid) return form.markAllAsTouched();
    this.sending.set(true);
    this.error.set(null);
    try {
      const itemId = this.itemId();
      const req = toProposalRequest(form, this.revises());
      await firstValueFrom(itemId ? this.api.edit(itemId, req) : this.api.propose(req));
      await this.router.navigate(['/item-bank/proposals'], { state: { sent: true } });
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    } finally {
      this.sending.set(false);
    }
  }

  /**
   * An edit or a revision starts from the item as it is: one's own proposals hold it, and a reviewer may revise any
   * published item (e.g. one a citizen reported).
   */
  private async load(itemId: string | undefined, revises: string | undefined): Promise<void> {
    const id = itemId ?? revises;
    if (!id) return this.form.set(createProposalForm());
    try {
      const item: ReviewedItem | undefined =
        revises && this.session.hasRole('content_reviewer')
          ? await firstValueFrom(this.api.reviewItem(revises))
          : (await firstValueFrom(this.api.mine())).find((i) => i.id === id);
      if (!item) throw new Error('not found');
      this.form.set(createProposalForm(item));
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }
}
