import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { DiskPackageStorage, PackageStorage } from './package-storage';
import { AppConfig } from '@lc/api-shared';

/** The package storage on its own, so that the upload settings can be built from it before the catalog exists. */
@Module({
  providers: [
    {
      provide: PackageStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new DiskPackageStorage(resolve(config.STORAGE_DIR, 'h5p')),
    },
  ],
  exports: [PackageStorage],
})
export class CatalogStorageModule {}
