import { Injectable, computed, inject, signal } from '@angular/core';
import { H5pInstalledLibrary, H5pLibraryChange, H5pLibraryInstallPreview } from '@lc/shared-contracts';
import { UiMessage, failureMessage, uiMessage } from '@lc/web-shared-data-access';
import { Observable, firstValueFrom } from 'rxjs';
import { H5pLibrariesApi } from './h5p-libraries-api';

/**
 * Installed libraries, their history, and an install being shown. Actions resolve to whether they succeeded; a
 * failure is kept in `error`, or in `fileError` when it is the chosen package that was refused.
 */
@Injectable({ providedIn: 'root' })
export class LibraryAdminStore {
  private readonly api = inject(H5pLibrariesApi);

  private readonly _pending = signal(0);
  private readonly _libraries = signal<H5pInstalledLibrary[] | null>(null);
  private readonly _history = signal<H5pLibraryChange[] | null>(null);
  private readonly _preview = signal<H5pLibraryInstallPreview | null>(null);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _fileError = signal<UiMessage | null>(null);

  readonly libraries = this._libraries.asReadonly();
  readonly history = this._history.asReadonly();
  readonly preview = this._preview.asReadonly();
  readonly error = this._error.asReadonly();
  readonly fileError = this._fileError.asReadonly();
  readonly busy = computed(() => this._pending() > 0);

  load(): Promise<boolean> {
    return this.run(() => this.reload());
  }

  /** Reads what installing `file` would change; nothing is installed yet. */
  async showInstall(file: File | null): Promise<boolean> {
    if (!file) {
      this._fileError.set(uiMessage('catalog.libraries.fileRequired'));
      return false;
    }
    this._fileError.set(null);
    this._preview.set(null);
    try {
      this._preview.set(await this.fetch(this.api.preview(file)));
      return true;
    } catch (err) {
      this._fileError.set(failureMessage(err));
      return false;
    }
  }

  clearFileError(): void {
    this._fileError.set(null);
  }

  confirm(): Promise<boolean> {
    return this.run(async () => {
      const id = this._preview()?.id;
      if (!id) throw new Error('No install is shown');
      await this.fetch(this.api.confirm(id));
      this._preview.set(null);
      await this.reload();
    });
  }

  cancel(): Promise<boolean> {
    return this.run(async () => {
      const id = this._preview()?.id;
      this._preview.set(null);
      if (id) await this.fetch(this.api.cancel(id));
    });
  }

  setEnabled(library: H5pInstalledLibrary, enabled: boolean): Promise<boolean> {
    return this.run(async () => {
      await this.fetch(this.api.setEnabled(library.id, { enabled }));
      await this.reload();
    });
  }

  uninstall(library: H5pInstalledLibrary): Promise<boolean> {
    return this.run(async () => {
      await this.fetch(this.api.uninstall(library.id));
      await this.reload();
    });
  }

  private async reload(): Promise<void> {
    const [libraries, history] = await Promise.all([this.fetch(this.api.list()), this.fetch(this.api.history())]);
    this._libraries.set(libraries);
    this._history.set(history);
  }

  private async run(action: () => Promise<void>): Promise<boolean> {
    this._error.set(null);
    try {
      await action();
      return true;
    } catch (err) {
      this._error.set(failureMessage(err));
      return false;
    }
  }

  private async fetch<T>(source: Observable<T>): Promise<T> {
    this._pending.update((n) => n + 1);
    try {
      return await firstValueFrom(source);
    } finally {
      this._pending.update((n) => n - 1);
    }
  }
}
