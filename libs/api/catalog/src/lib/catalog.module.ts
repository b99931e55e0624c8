import { Module } from '@nestjs/common';
import { Transactions } from '@lc/api-shared';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { resolve } from 'node:path';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { CatalogService } from './catalog.service';
import { CourseLookups } from './course-lookups';
import { CompetenceDomainEntity, CompetenceEntity, LevelBandEntity } from './competence.entity';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { CourseProgressController } from './course-progress.controller';
import { CourseProgressService } from './course-progress.service';
import { CoursesController } from './courses.controller';
import { EditorBuilder } from './editor/editor-builder';
import { EditorPreviewService } from './editor/editor-preview.service';
import { EditorController } from './editor/editor.controller';
import { EditorService } from './editor/editor.service';
import { H5pEditorSourceEntity } from './editor/h5p-editor-source.entity';
import { FrameworkService } from './framework.service';
import { H5pFilesController } from './h5p-files.controller';
import { H5pPackageEntity } from './h5p-package.entity';
import { H5pService } from './h5p.service';
import { BundledLibrariesInstaller, H5P_LIBRARIES_DIR } from './h5p-libraries/bundled-libraries.installer';
import { H5pLibraryChangeEntity } from './h5p-libraries/h5p-library-change.entity';
import { H5pLibraryInstallEntity } from './h5p-libraries/h5p-library-install.entity';
import { H5pLibraryEntity } from './h5p-libraries/h5p-library.entity';
import { LibrariesController } from './h5p-libraries/libraries.controller';
import { LibraryAdminService } from './h5p-libraries/library-admin.service';
import { LibraryInstallsService } from './h5p-libraries/library-installs.service';
import { LibraryRegistry } from './h5p-libraries/library-registry';
import { DiskLibraryStorage, LibraryStorage } from './h5p-libraries/library-storage';
import { H5pUserDataEntity } from './h5p-state/h5p-user-data.entity';
import { UserDataGrantGuard } from './h5p-state/user-data-grant.guard';
import { UserDataController } from './h5p-state/user-data.controller';
import { UserDataService } from './h5p-state/user-data.service';
import { MaterialEntity } from './material.entity';
import { CatalogStorageModule } from './catalog-storage.module';
import { PackageStorage } from './package-storage';
import { XapiService } from './xapi.service';
import { CourseDraftsController } from './course-drafts.controller';
import { CourseDraftsService } from './course-drafts.service';
import { AppConfig } from '@lc/api-shared';

export const catalogEntities = [
  CourseEntity,
  CourseModuleEntity,
  MaterialEntity,
  H5pPackageEntity,
  H5pLibraryEntity,
  H5pLibraryInstallEntity,
  H5pLibraryChangeEntity,
  H5pUserDataEntity,
  H5pEditorSourceEntity,
  CompetenceDomainEntity,
  CompetenceEntity,
  LevelBandEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(catalogEntities),
    IdentityModule,
    RecordsModule,
    // Read here rather than in the upload decorator, which is evaluated before configuration exists. Uploads stream
    // to a file in the storage's incoming folder, never into memory.
    MulterModule.registerAsync({
      imports: [CatalogStorageModule],
      inject: [AppConfig, PackageStorage],
      useFactory: (config: AppConfig, storage: PackageStorage) => ({
        dest: storage.incomingDir,
        limits: {
          fileSize: config.H5P_MAX_UPLOAD_MB * 1024 * 1024,
          files: 1,
          fields: 4,
          fieldSize: 4096,
        },
      }),
    }),
    CatalogStorageModule,
  ],
  controllers: [
    CoursesController,
    CourseDraftsController,
    H5pFilesController,
    LibrariesController,
    UserDataController,
    EditorController,
    CourseProgressController,
  ],
  providers: [
    Transactions,
    CatalogService,
    CourseLookups,
    CourseProgressService,
    CourseDraftsService,
    FrameworkService,
    H5pService,
    XapiService,
    LibraryRegistry,
    LibraryInstallsService,
    LibraryAdminService,
    BundledLibrariesInstaller,
    UserDataService,
    UserDataGrantGuard,
    EditorBuilder,
    EditorService,
    EditorPreviewService,
    {
      // Libraries are code an admin installed: kept in storage, never in the repository.
      provide: LibraryStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new DiskLibraryStorage(resolve(config.STORAGE_DIR, 'h5p-libraries')),
    },
    {
      provide: H5P_LIBRARIES_DIR,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => config.H5P_LIBRARIES_DIR,
    },
  ],
  exports: [
    CatalogService,
    CourseLookups,
    FrameworkService,
    H5pService,
    LibraryInstallsService,
    BundledLibrariesInstaller,
  ],
})
export class CatalogModule {}
