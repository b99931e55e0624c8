import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DeliveredItem, ItemResponse, LocalisedText } from '@lc/shared-contracts';
import { HotspotAnswer } from './hotspot-answer';
import { moveEntry, pairsOf, shownOrder } from './answer-rules';
import { translateText } from '@lc/web-shared-data-access';

/** What the controls need of an item: the same in a course test and in the assessment. */
export type AnswerableItem = Pick<DeliveredItem, 'type' | 'options' | 'matches' | 'image'>;

/**
 * The answer controls of short answer, ordering, matching and hotspot items, each usable by keyboard and screen
 * reader on a 360 px screen. `changed` reports every edit; `committed` an edit that is complete (a typed answer
 * once the citizen leaves the field), which is when a course test saves it.
 */
@Component({
  selector: 'lp-item-answer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, HotspotAnswer],
  templateUrl: './item-answer.html',
  styleUrl: './item-answer.scss',
})
export class ItemAnswer {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly translate = inject(TranslateService);

  readonly item = input.required<AnswerableItem>();
  /** Unique on the page: prefixes the ids of the controls. */
  readonly key = input.required<string>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly value = input<ItemResponse | null | undefined>(null);
  readonly disabled = input(false);
  readonly changed = output<ItemResponse>();
  readonly committed = output<ItemResponse>();

  protected readonly announcement = signal('');
  protected readonly order = computed(() =>
    shownOrder(
      this.item().options.map((o) => o.id),
      this.value()?.optionIds,
    ),
  );
  protected readonly optionText = computed(
    () => new Map(this.item().options.map((o) => [o.id, this.text(o.text)] as const)),
  );
  protected readonly matchOf = computed(
    () => new Map((this.value()?.pairs ?? []).map((p) => [p.left, p.right] as const)),
  );

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }

  protected typed(text: string, complete: boolean): void {
    const response = { optionIds: [], text };
    this.changed.emit(response);
    if (complete) this.committed.emit(response);
  }

  protected move(index: number, delta: -1 | 1): void {
    const order = moveEntry(this.order(), index, delta);
    const id = order[index + delta];
    this.emit({ optionIds: order });
    const params = { text: this.optionText().get(id), position: index + delta + 1, total: order.length };
    this.announcement.set(translateText(this.translate, 'itemAnswer.moved', params));
    // The moved entry's button keeps the focus; at either end the other button takes it.
    setTimeout(() => {
      const at = index + delta;
      const wanted = at === 0 ? 'down' : at === order.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
      this.host.nativeElement.querySelector<HTMLElement>(`#${this.key()}-${id}-${wanted}`)?.focus();
    });
  }

  protected match(left: string, right: string): void {
    const choices = Object.fromEntries(this.matchOf());
    choices[left] = right;
    this.emit({ optionIds: [], pairs: pairsOf(choices) });
  }

  protected emit(response: ItemResponse): void {
    this.changed.emit(response);
    this.committed.emit(response);
  }
}
