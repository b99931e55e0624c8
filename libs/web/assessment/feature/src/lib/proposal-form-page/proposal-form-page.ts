import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { DeliveredItem, ItemResponse, PROPOSABLE_TYPES } from '@lc/shared-contracts';
import { ProposalStore } from '@lc/web-assessment-data-access';
import { CatalogStore } from '@lc/web-catalog-data-access';
import { LanguageStore, UiText, injectFormErrors } from '@lc/web-shared-data-access';
import { ErrorBanner, ErrorSummary, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ItemQuestion } from '../item-question/item-question';
import { PROPOSAL_FIELD_OF_CODE, proposalControlOf, proposalTargetId } from './proposal-fields';
import { ProposalForm, applyType, createProposalForm } from './proposal-form';
import { ProposalKeyFields } from './proposal-key-fields';
import { proposalPreview } from './proposal-preview';
import { ProposalRegionsField } from './proposal-regions-field';
import { toProposalRequest } from './proposal-request';
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
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    ErrorSummary,
    LoadingIndicator,
    ProposalPictureField,
    ProposalKeyFields,
    ProposalRegionsField,
    ItemQuestion,
  ],
  providers: [ProposalStore],
  templateUrl: './proposal-form-page.html',
  styleUrl: './proposal-form-page.scss',
})
export class ProposalFormPage {
  protected readonly store = inject(ProposalStore);
  protected readonly ui = inject(UiText);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly catalog = inject(CatalogStore);
  protected readonly language = inject(LanguageStore);

  /** Route parameter: the proposal being edited. */
  readonly itemId = input<string | undefined>();
  /** Query parameter: the published item this proposal revises. */
  readonly revises = input<string | undefined>();

  protected readonly form = signal<ProposalForm | null>(null);
  protected readonly levels = [1, 2, 3, 4, 5, 6, 7, 8];
  protected readonly types = PROPOSABLE_TYPES;
  /** The item as a citizen will see it, and the trainer's try at answering it. */
  protected readonly preview = signal<DeliveredItem | null>(null);
  protected readonly tried = signal<ItemResponse | undefined>(undefined);
  /** A refused send: each problem beside the control it names, and all of them in the summary, which takes focus. */
  protected readonly errors = injectFormErrors(PROPOSAL_FIELD_OF_CODE, proposalControlOf);
  protected readonly optionError = (index: number, control: string) => this.errors.field(`options.${index}.${control}`);
  protected readonly pairError = (index: number, control: string) => this.errors.field(`pairs.${index}.${control}`);
  protected readonly targetOf = (field: string) =>
    proposalTargetId(field, this.form()?.controls.type.value ?? 'single_choice');
  protected readonly heading = computed(() =>
    this.itemId() ? 'itemBank.form.editTitle' : this.revises() ? 'itemBank.form.reviseTitle' : 'itemBank.form.newTitle',
  );

  constructor() {
    void this.catalog.loadFramework();
    effect(() => void this.load(this.itemId(), this.revises()));
  }

  protected typeChanged(form: ProposalForm): void {
    applyType(form);
    this.preview.set(null);
  }

  /** Shows the item with the citizen's own controls; the heading takes the focus, for keyboard and screen reader. */
  protected showPreview(form: ProposalForm): void {
    this.preview.set(proposalPreview(toProposalRequest(form)));
    this.tried.set(undefined);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#proposal-preview-heading')?.focus());
  }

  protected async submit(form: ProposalForm): Promise<void> {
    // A control the server refused stays invalid, with the server's words, until it is changed.
    if (form.invalid) return form.markAllAsTouched();
    this.errors.clear();
    const sent = await this.store.send(this.itemId(), toProposalRequest(form, this.revises()));
    if (sent) await this.router.navigate(['/item-bank/proposals'], { state: { sent: true } });
    else this.errors.fail(this.store.refusal()?.err, form);
  }

  /** A new proposal starts empty; an edit or a revision from the item as it is. */
  private async load(itemId: string | undefined, revises: string | undefined): Promise<void> {
    const id = itemId ?? revises;
    if (!id) return this.form.set(createProposalForm());
    const item = await this.store.load(id, revises);
    if (item) this.form.set(createProposalForm(item));
  }
}
