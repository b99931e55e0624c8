import { Injectable, computed, inject, signal } from '@angular/core';
import {
  H5pInstalledLibrary,
  H5pInstallResult,
  H5pLibraryChange,
  H5pLibraryInstallPreview,
} from '@lc/shared-contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { H5pLibrariesApi } from './h5p-libraries-api';

/** Installed libraries, their history, and an install being shown. Actions reject with the HTTP error. */
@Injectable({ providedIn: 'root' })
export class LibraryAdminStore {
  private readonly api = inject(H5pLibrariesApi);
  private readonly pending = signal(0);

  readonly libraries = signal<H5pInstalledLibrary[] | null>(null);
  readonly history = signal<H5pLibraryChange[] | null>(null);
  readonly preview = signal<H5pLibraryInstallPreview | null>(null);
  readonly busy = computed(() => this.pending() > 0);

  async load(): Promise<void> {
    const [libraries, history] = await Promise.all([this.track(this.api.list()), this.track(this.api.history())]);
    this.libraries.set(libraries);
    this.history.set(history);
  }

  async showInstall(file: File): Promise<H5pLibraryInstallPreview> {
    this.preview.set(null);
    const preview = await this.track(this.api.preview(file));
    this.preview.set(preview);
    return preview;
  }

  async confirm(): Promise<H5pInstallResult> {
    const id = this.preview()?.id;
    if (!id) throw new Error('No install is shown');
    const result = await this.track(this.api.confirm(id));
    this.preview.set(null);
    await this.load();
    return result;
  }

  async cancel(): Promise<void> {
    const id = this.preview()?.id;
    this.preview.set(null);
    if (id) await this.track(this.api.cancel(id));
  }

  async setEnabled(library: H5pInstalledLibrary, enabled: boolean): Promise<void> {
    await this.track(this.api.setEnabled(library.id, { enabled }));
    await this.load();
  }

  async uninstall(library: H5pInstalledLibrary): Promise<void> {
    await this.track(this.api.uninstall(library.id));
    await this.load();
  }

  private async track<T>(source: Observable<T>): Promise<T> {
    this.pending.update((n) => n + 1);
    try {
      return await firstValueFrom(source);
    } finally {
      this.pending.update((n) => n - 1);
    }
  }
}
