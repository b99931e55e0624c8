import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ItemEvidence } from '@lc/shared-contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Lang, localise } from '../criteria-view';

/** The learning records behind one criteria item, and the score they suggest (applied only on request). */
@Component({
  selector: 'lp-evidence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, TranslatePipe],
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
  protected readonly suggestedScore = computed(() => this.evidence()?.suggestedScore ?? null);
  protected readonly suggestionReason = computed(() => localise(this.evidence()?.suggestionReason, this.lang()));
  protected readonly localise = localise;
}
