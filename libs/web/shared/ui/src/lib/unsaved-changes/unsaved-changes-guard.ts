import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData } from '../confirm-dialog/confirm-dialog';
import { HoldsUnsavedWork } from './unsaved-work';

/**
 * Leaving a page with unsaved work asks first (in-app navigation; the page itself handles `beforeunload` for
 * reloads and closed tabs, where a browser shows only its own generic question).
 */
export const unsavedChangesGuard: CanDeactivateFn<HoldsUnsavedWork> = (page) => {
  if (!page?.hasUnsavedWork()) return true;
  const t = inject(TranslateService);
  const data: ConfirmDialogData = {
    title: t.instant('shared.unsaved.title'),
    message: t.instant('shared.unsaved.message'),
    confirmLabel: t.instant('shared.unsaved.leave'),
    cancelLabel: t.instant('shared.unsaved.stay'),
  };
  return inject(MatDialog)
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
    .afterClosed()
    .pipe(map((leave) => leave === true));
};
