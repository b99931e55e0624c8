import { Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { firstValueFrom } from 'rxjs';

/**
 * Asks before a test is submitted. A module of its own, imported when the citizen first submits: Material's dialog
 * and the CDK overlay then stay out of the downloads before a test's first question (a slow phone).
 */
export async function confirmSubmit(injector: Injector, data: ConfirmDialogData): Promise<boolean> {
  const dialog = injector.get(MatDialog);
  return (await firstValueFrom(dialog.open(ConfirmDialog, { data, maxWidth: '92vw' }).afterClosed())) === true;
}
