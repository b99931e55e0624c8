import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ReviewedItem } from '@lc/shared-contracts';
import { LanguageStore } from '@lc/web-shared-data-access';

/** An item as a reviewer reads it: stem, options with the right ones marked in words (not colour alone), explanation. */
@Component({
  selector: 'lp-reviewed-item-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <p class="bank-card__stem">{{ language.text(item().stem) }}</p>
    @if (item().image; as image) {
      <img
        class="bank-card__picture"
        [src]="image.src"
        [alt]="language.text(image.alt)"
        [width]="image.width"
        [height]="image.height"
      />
    }
    <p class="bank-card__meta">
      <span class="bank-badge" [class]="'bank-badge--' + item().status">{{
        'itemBank.status.' + item().status | translate
      }}</span>
      {{
        'itemBank.review.meta'
          | translate: { competence: item().competence, level: item().level, version: item().version }
      }}
      @if (item().authorName; as name) {
        · {{ 'itemBank.review.by' | translate: { name } }}
      }
    </p>
    <ol class="bank-options" type="a">
      @for (option of item().options; track option.id) {
        <li [class.bank-options__correct]="item().correctOptionIds.includes(option.id)">
          {{ language.text(option.text) }}
          @if (item().correctOptionIds.includes(option.id)) {
            {{ 'itemBank.review.correctMark' | translate }}
          }
        </li>
      }
    </ol>
    @if (item().otherKey.length) {
      <p>
        <strong>{{ 'itemBank.review.key' | translate }}</strong> {{ item().otherKey.join('; ') }}
      </p>
    }
    @if (item().explanation; as explanation) {
      <p>
        <strong>{{ 'itemBank.review.explanation' | translate }}</strong> {{ language.text(explanation) }}
      </p>
    }
  `,
  styleUrl: '../item-bank.scss',
})
export class ReviewedItemView {
  protected readonly language = inject(LanguageStore);
  readonly item = input.required<ReviewedItem>();
}
