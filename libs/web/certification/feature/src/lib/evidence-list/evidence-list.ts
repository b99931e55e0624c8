import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ItemEvidence, Trust } from '@lc/shared-contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Lang, localise } from '../criteria-view';

const TRUSTS: Trust[] = ['verified', 'attested', 'reported', 'declared'];
/** Past this many, the records fold away behind a summary: on a phone the counts and the suggestion come first. */
const SHOWN_OPEN = 3;

/**
 * The learning records behind one criteria item, how many of each trust level, and the score they suggest with
 * the trust it rests on (applied only on request).
 */
@Component({
  selector: 'lp-evidence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, NgTemplateOutlet, MatButtonModule, TranslatePipe],
  templateUrl: './evidence-list.html',
  styleUrl: './evidence-list.scss',
})
export class EvidenceList {
  readonly evidence = input<ItemEvidence | null>(null);
  readonly itemLabel = input.required<string>();
  readonly lang = input<Lang>('vi');
  readonly canApply = input(false);
  readonly apply = output<number>();

  protected readonly records = computed(() => this.evidence()?.records ?? []);
  protected readonly folded = computed(() => this.records().length > SHOWN_OPEN);
  protected readonly counts = computed(() => {
    const counts = this.evidence()?.trustCounts;
    return counts ? TRUSTS.filter((t) => counts[t] > 0).map((trust) => ({ trust, count: counts[trust] })) : [];
  });
  protected readonly suggestedScore = computed(() => this.evidence()?.suggestedScore ?? null);
  protected readonly suggestionReason = computed(() => localise(this.evidence()?.suggestionReason, this.lang()));
  protected readonly suggestionTrust = computed(() => this.evidence()?.suggestionTrust ?? []);
  protected readonly capped = computed(() => this.evidence()?.suggestionCapped ?? false);
  protected readonly localise = localise;
}
