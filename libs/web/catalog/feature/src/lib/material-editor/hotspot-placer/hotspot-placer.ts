import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EditorHotspot } from '@lc/shared-contracts';
import { Point, Size, hotspotBox, hotspotFromDrag, moveHotspot, nudgeHotspot, toImagePoint } from '../hotspot-geometry';
import { translateText } from '@lc/web-shared-data-access';

/** Screenshot pixels an arrow key moves or resizes the place by; the number fields take any value. */
const KEY_STEP = 10;

/**
 * The place to tap, drawn over the screenshot at the size the player shows it (the image takes the step's width
 * and height, as in the player). By pointer: drag to draw it, drag it to move it, tap to centre it there. By
 * keyboard: arrows move it, Shift + arrows resize it, and each change is announced. The number fields beside it
 * are the way for screen reader users.
 */
@Component({
  selector: 'lp-hotspot-placer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './hotspot-placer.html',
  styleUrl: './hotspot-placer.scss',
})
export class HotspotPlacer {
  readonly imageUrl = input<string | null>(null);
  readonly size = input.required<Size>();
  readonly hotspot = input.required<EditorHotspot>();
  readonly placerId = input.required<string>();
  /** The i18n keys of its help and its name, for places other than a phone task's place to tap. */
  readonly helpKey = input('catalog.editor.phone.placerHelp');
  readonly labelKey = input('catalog.editor.phone.placerLabel');
  readonly positionKey = input('catalog.editor.phone.placerPosition');
  readonly hotspotChange = output<EditorHotspot>();

  protected readonly box = computed(() => hotspotBox(this.hotspot(), this.size()));
  protected readonly announcement = signal('');
  private readonly translate = inject(TranslateService);
  private drag: { mode: 'draw' | 'move'; start: Point; origin: EditorHotspot; moved: boolean } | null = null;

  protected down(event: PointerEvent, surface: HTMLElement): void {
    if (event.button !== 0) return;
    const start = this.point(event, surface);
    const h = this.hotspot();
    const inside = start.x >= h.x && start.x <= h.x + h.width && start.y >= h.y && start.y <= h.y + h.height;
    this.drag = { mode: inside ? 'move' : 'draw', start, origin: h, moved: false };
    surface.setPointerCapture?.(event.pointerId);
    surface.focus();
    event.preventDefault();
  }

  protected move(event: PointerEvent, surface: HTMLElement): void {
    if (!this.drag) return;
    this.drag.moved = true;
    this.hotspotChange.emit(this.placed(this.point(event, surface)));
  }

  protected up(event: PointerEvent, surface: HTMLElement): void {
    if (!this.drag) return;
    const next = this.placed(this.point(event, surface));
    this.drag = null;
    this.set(next);
  }

  protected cancel(): void {
    if (this.drag) this.hotspotChange.emit(this.drag.origin);
    this.drag = null;
  }

  protected key(event: KeyboardEvent): void {
    const next = nudgeHotspot(this.hotspot(), event.key, { resize: event.shiftKey, step: KEY_STEP }, this.size());
    if (!next) return;
    event.preventDefault();
    this.set(next);
  }

  protected describe(h: EditorHotspot): string {
    return translateText(this.translate, this.positionKey(), h);
  }

  private set(next: EditorHotspot): void {
    this.hotspotChange.emit(next);
    this.announcement.set(this.describe(next));
  }

  private placed(at: Point): EditorHotspot {
    const drag = this.drag;
    if (!drag) return this.hotspot();
    if (drag.mode === 'move') {
      return moveHotspot(drag.origin, { x: at.x - drag.start.x, y: at.y - drag.start.y }, this.size());
    }
    const tap = { width: drag.origin.width, height: drag.origin.height };
    return hotspotFromDrag(drag.start, at, this.size(), tap);
  }

  private point(event: PointerEvent, surface: HTMLElement): Point {
    return toImagePoint({ x: event.clientX, y: event.clientY }, surface.getBoundingClientRect(), this.size());
  }
}
