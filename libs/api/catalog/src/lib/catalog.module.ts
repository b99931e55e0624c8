import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { CatalogService } from './catalog.service';
import { CompetenceDomainEntity, CompetenceEntity, LevelBandEntity } from './competence.entity';
import { CourseModuleEntity } from './course-module.entity';
import { CourseEntity } from './course.entity';
import { CoursesController } from './courses.controller';
import { FrameworkService } from './framework.service';
import { H5pFilesController } from './h5p-files.controller';
import { H5pPackageEntity } from './h5p-package.entity';
import { H5P_LIBRARIES_DIR, H5pService } from './h5p.service';
import { MaterialEntity } from './material.entity';
import { CatalogStorageModule } from './catalog-storage.module';
import { PackageStorage } from './package-storage';
import { XapiService } from './xapi.service';

export const catalogEntities = [
  CourseEntity,
  CourseModuleEntity,
  MaterialEntity,
  H5pPackageEntity,
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
      inject: [ConfigService, PackageStorage],
      useFactory: (config: ConfigService, storage: PackageStorage) => ({
        dest: storage.incomingDir,
        limits: {
          fileSize: config.getOrThrow<number>('H5P_MAX_UPLOAD_MB') * 1024 * 1024,
          files: 1,
          fields: 4,
          fieldSize: 4096,
        },
      }),
    }),
    CatalogStorageModule,
  ],
  controllers: [CoursesController, H5pFilesController],
  providers: [
    CatalogService,
    FrameworkService,
    H5pService,
    XapiService,
    {
      provide: H5P_LIBRARIES_DIR,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => config.get<string>('H5P_LIBRARIES_DIR') ?? 'content/h5p-libraries',
    },
  ],
  exports: [CatalogService, FrameworkService, H5pService],
})
export class CatalogModule {}
