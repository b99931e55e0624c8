import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { resolve } from 'node:path';
import { DiskPackageStorage, PackageStorage } from './package-storage';

/** The package storage on its own, so that the upload settings can be built from it before the catalog exists. */
@Module({
  providers: [
    {
      provide: PackageStorage,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        new DiskPackageStorage(resolve(config.getOrThrow<string>('STORAGE_DIR'), 'h5p')),
    },
  ],
  exports: [PackageStorage],
})
export class CatalogStorageModule {}
