import { ChangeDetectorRef, effect, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/**
 * For an OnPush part of the proposal form: its form input stays the same object while the type, the picture or the
 * touched state change elsewhere in the form, so it looks again at every event of the form (children's included).
 * Call from a constructor.
 */
export function refreshOnFormEvents(form: () => AbstractControl): void {
  const changes = inject(ChangeDetectorRef);
  effect((onCleanup) => {
    const subscription = form().events.subscribe(() => changes.markForCheck());
    onCleanup(() => subscription.unsubscribe());
  });
}
