import { Injectable, inject, signal } from '@angular/core';
import { H5pUserDataGrant } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { CoursesApi } from './courses-api';

/** Where a learner left an H5P material, and where the player saves their progress in it. */
@Injectable()
export class H5pResumeStore {
  private readonly api = inject(CoursesApi);

  private readonly _grant = signal<H5pUserDataGrant | null>(null);

  readonly grant = this._grant.asReadonly();

  /** Without a grant the content still plays; it only starts from the beginning, so a failure is no error. */
  async load(materialId: string | null): Promise<H5pUserDataGrant | null> {
    const grant = materialId ? await firstValueFrom(this.api.userData(materialId)).catch(() => null) : null;
    this._grant.set(grant);
    return grant;
  }
}
