import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { ItemPicture, ItemResponse, LocalisedText } from '@lc/shared-contracts';

/**
 * A picture to tap, and the same choice as a list of its regions for keyboards and screen readers. A tap is sent as a
 * point in the picture's own units: where the regions lie is known only to the server, which grades the point.
 */
@Component({
  selector: 'lp-hotspot-answer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatRadioModule, TranslatePipe],
  templateUrl: './hotspot-answer.html',
  styleUrl: './hotspot-answer.scss',
})
export class HotspotAnswer {
  readonly image = input.required<ItemPicture>();
  readonly regions = input.required<{ id: string; text: LocalisedText }[]>();
  readonly key = input.required<string>();
  readonly lang = input<'vi' | 'en'>('vi');
  readonly value = input<ItemResponse | null | undefined>(null);
  readonly disabled = input(false);
  readonly changed = output<ItemResponse>();

  protected readonly viewBox = computed(() => `0 0 ${this.image().width} ${this.image().height}`);
  protected readonly point = computed(() => this.value()?.point ?? null);
  protected readonly region = computed(() => (this.value()?.point ? null : (this.value()?.optionIds[0] ?? null)));
  /** The marker stays visible on a small picture: about 4 % of its width. */
  protected readonly markerRadius = computed(() => Math.max(8, this.image().width / 24));

  protected text(value: LocalisedText): string {
    return this.lang() === 'en' && value.en ? value.en : value.vi;
  }

  protected tap(event: MouseEvent): void {
    const matrix = (event.currentTarget as SVGSVGElement).getScreenCTM();
    if (this.disabled() || !matrix) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)) * 10) / 10;
    this.changed.emit({
      optionIds: [],
      point: { x: clamp(p.x, this.image().width), y: clamp(p.y, this.image().height) },
    });
  }

  protected choose(regionId: string): void {
    this.changed.emit({ optionIds: [regionId] });
  }
}
