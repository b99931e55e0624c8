import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { H5pInstalledLibrary } from '@lc/shared-contracts';
import { LibraryAdminStore } from '@lc/web-catalog-data-access';
import { LanguageStore, UiMessage, uiMessage, UiText, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { ConfirmDialog, ConfirmDialogData } from '@lc/web-shared-ui/dialog';
import { actionText, formatBytes, usageText, versionText } from './library-format';

/** The city admin's content types: show what an export would install, install on confirmation, disable, remove. */
@Component({
  selector: 'lp-library-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, PageHeading, ErrorBanner, LoadingIndicator],
  templateUrl: './library-admin-page.html',
  styleUrl: './library-admin-page.scss',
})
export class LibraryAdminPage {
  protected readonly store = inject(LibraryAdminStore);
  protected readonly language = inject(LanguageStore);
  protected readonly ui = inject(UiText);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);

  protected readonly status = signal<UiMessage | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly actionText = actionText;
  protected readonly usageText = usageText;
  protected readonly versionText = versionText;

  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  constructor() {
    void this.store.load();
  }

  protected bytes(value: number): string {
    return formatBytes(value, this.language.lang());
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.store.clearFileError();
  }

  protected async showInstall(): Promise<void> {
    const file = this.file();
    if (file) this.status.set(null);
    if (await this.store.showInstall(file)) {
      setTimeout(() => this.previewHeading()?.nativeElement.focus());
    } else if (file) {
      this.fileInput()?.nativeElement.focus();
    }
  }

  protected async confirm(): Promise<void> {
    if (!(await this.store.confirm())) return;
    this.status.set(uiMessage('catalog.libraries.installed'));
    this.file.set(null);
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
    input?.focus();
  }

  protected async cancel(): Promise<void> {
    if (await this.store.cancel()) this.fileInput()?.nativeElement.focus();
  }

  protected async setEnabled(library: H5pInstalledLibrary, enabled: boolean): Promise<void> {
    const key = enabled ? 'catalog.libraries.enabledDone' : 'catalog.libraries.disabledDone';
    if (await this.store.setEnabled(library, enabled)) this.status.set(uiMessage(key, { name: library.title }));
  }

  /** Removing cannot be undone, so it waits for a confirmation that names the library. */
  protected async uninstall(library: H5pInstalledLibrary): Promise<void> {
    const name = `${library.title} ${versionText(library)}`;
    // A dialog's text is fixed when it opens: it is gone before anyone could switch language.
    const data: ConfirmDialogData = {
      title: translateText(this.translate, 'catalog.libraries.uninstallTitle'),
      message: translateText(this.translate, 'catalog.libraries.uninstallMessage', { name }),
      confirmLabel: translateText(this.translate, 'catalog.libraries.uninstall'),
      cancelLabel: translateText(this.translate, 'catalog.libraries.cancel'),
    };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed()))) return;
    if (await this.store.uninstall(library)) this.status.set(uiMessage('catalog.libraries.uninstalled', { name }));
  }
}
