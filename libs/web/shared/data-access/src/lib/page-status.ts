import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, RESPONSE_INIT, inject } from '@angular/core';

/**
 * The HTTP status of a page rendered on the server (docs/adr/0039). A page whose subject does not exist, such as a
 * made-up or deleted course, is sent as 404 so that link previews and search engines drop it, while a person still
 * reads the page's own message. In the browser there is no response to set, and nothing happens.
 */
@Injectable({ providedIn: 'root' })
export class PageStatus {
  private readonly response = inject(RESPONSE_INIT, { optional: true });

  /** After the page's subject failed to load: the API's 404 makes the page a 404. */
  loadFailed(err: unknown): void {
    if (this.response && err instanceof HttpErrorResponse && err.status === 404) this.response.status = 404;
  }
}
