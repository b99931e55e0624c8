import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CompetenceResult, DeliveredItem } from '@lc/shared-contracts';
import { AttemptStore } from '@lc/web-assessment-data-access';
import { CatalogStore } from '@lc/web-catalog-data-access';
import { LanguageStore, UiMessage, UiText, failureMessage, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { defaultBandName } from '../assessment-format';

@Component({
  selector: 'lp-result-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  providers: [AttemptStore],
  templateUrl: './result-page.html',
  styleUrl: './result-page.scss',
})
export class ResultPage {
  protected readonly store = inject(AttemptStore);
  protected readonly ui = inject(UiText);
  protected readonly language = inject(LanguageStore);
  private readonly catalog = inject(CatalogStore);
  private readonly translate = inject(TranslateService);

  /** Route parameter :attemptId. */
  readonly attemptId = input.required<string>();

  protected readonly error = signal<UiMessage | null>(null);
  protected readonly result = computed(() => this.store.attempt()?.result ?? null);
  protected readonly heading = computed(() => {
    const attempt = this.store.attempt();
    const base = translateText(this.translate, 'assessment.result.title');
    return attempt ? `${base}: ${this.language.text(attempt.title)}` : base;
  });
  private readonly itemsById = computed(
    () => new Map<string, DeliveredItem>((this.store.attempt()?.items ?? []).map((item) => [item.id, item])),
  );

  constructor() {
    void this.catalog.loadFramework();
    effect(() => void this.load(this.attemptId()));
  }

  protected async load(attemptId: string): Promise<void> {
    this.error.set(null);
    try {
      await this.store.load(attemptId);
    } catch (err) {
      this.error.set(failureMessage(err));
    }
  }

  /** e.g. "Tìm kiếm và lọc thông tin (1.1): mức 2 — Cơ bản". */
  protected competenceLine(c: CompetenceResult): string {
    const lang = this.language.lang();
    const name = this.language.text(c.name);
    if (c.level < 1) return translateText(this.translate, 'assessment.result.competenceNone', { name, code: c.code });
    const band = this.catalog.competenceFramework()?.levelBands.find((b) => b.levels.includes(c.level));
    const bandName = band ? this.language.text(band.name) : defaultBandName(c.level, lang);
    return translateText(this.translate, 'assessment.result.competenceLine', {
      name,
      code: c.code,
      level: c.level,
      band: bandName,
    });
  }

  protected stem(itemId: string): string {
    return this.language.text(this.itemsById().get(itemId)?.stem);
  }
}
