/** A page that can hold work the server does not have yet. */
export interface HoldsUnsavedWork {
  hasUnsavedWork(): boolean;
}

/** For a page's `window:beforeunload` listener: asks the browser to confirm leaving while work is unsaved. */
export function warnBeforeUnload(event: BeforeUnloadEvent, unsaved: boolean): void {
  if (!unsaved) return;
  event.preventDefault();
  // Older Chromium asks only when returnValue is set.
  event.returnValue = '';
}
