import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type {
  CompetenceFramework,
  CourseDetail,
  CourseSummary,
  LearningRecord,
  XapiBatchResult,
} from '@lc/shared-contracts';
import {
  ApiErrors,
  ApiOk,
  AuthUser,
  CurrentUser,
  DomainError,
  Idempotent,
  Public,
  RateLimit,
  Roles,
} from '@lc/api-shared';
import { CatalogService } from './catalog.service';
import { CreateCourseDto } from './dto/create-course.dto';
import { ReturnCourseDto } from './dto/return-course.dto';
import { UploadH5pDto } from './dto/upload-h5p.dto';
import { XapiStatementDto } from './dto/xapi-statement.dto';
import { FrameworkService } from './framework.service';
import { RemoveUploadInterceptor } from './remove-upload.interceptor';
import { XapiService } from './xapi.service';

@ApiTags('catalog')
@Controller()
export class CoursesController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly framework: FrameworkService,
    private readonly xapi: XapiService,
  ) {}

  @Public()
  @ApiOk('CompetenceFramework')
  @Get('competences')
  competences(): Promise<CompetenceFramework> {
    return this.framework.framework();
  }

  @Public()
  @ApiOk('CourseSummary', { array: true })
  @Get('courses')
  published(): Promise<CourseSummary[]> {
    return this.catalog.listByStatus('published');
  }

  @Public()
  @ApiOk('CourseDetail')
  @ApiErrors({ 404: ['COURSE_NOT_FOUND'] })
  @Get('courses/:id')
  detail(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: AuthUser): Promise<CourseDetail> {
    return this.catalog.detail(id, user ?? null);
  }

  @ApiBearerAuth()
  @Roles('trainer')
  @ApiOk('CourseSummary', { array: true })
  @Get('my/courses')
  mine(@CurrentUser() user: AuthUser): Promise<CourseSummary[]> {
    return this.catalog.mine(user.id);
  }

  @ApiBearerAuth()
  @Roles('trainer')
  @Idempotent()
  @ApiOk('CourseDetail', { status: 201 })
  @ApiErrors({ 404: ['COURSE_NOT_FOUND'] })
  @Post('courses')
  create(@Body() dto: CreateCourseDto, @CurrentUser() user: AuthUser): Promise<CourseDetail> {
    return this.catalog.create(dto, user);
  }

  @ApiBearerAuth()
  @Roles('trainer')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, title: { type: 'string' } } },
  })
  // Guards run before the upload interceptor: a refused client's file is never read.
  @RateLimit('h5pUpload')
  // The file streams to disk (the catalog module's multer settings: H5P_MAX_UPLOAD_MB) and is deleted after.
  @UseInterceptors(RemoveUploadInterceptor, FileInterceptor('file'))
  @ApiOk('CourseDetail', { status: 201 })
  @ApiErrors({
    400: ['H5P_FILE_MISSING'],
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT', 'H5P_UPLOAD_RETRY'],
    422: [
      'H5P_CONTENT_MISSING',
      'H5P_CONTENT_TYPE_DISABLED',
      'H5P_DEPENDENCY_MISSING',
      'H5P_FILE_TYPE',
      'H5P_LIBRARY_INVALID',
      'H5P_LIBRARY_NOT_INSTALLED',
      'H5P_MAIN_NOT_RUNNABLE',
      'H5P_MANIFEST_INVALID',
      'H5P_MANIFEST_MISSING',
      'H5P_NOT_ZIP',
      'H5P_PATH_ESCAPE',
      'H5P_PATH_INVALID',
      'H5P_QUOTA_EXCEEDED',
      'H5P_SVG_INVALID',
      'H5P_TOO_LARGE',
      'H5P_TOO_MANY_FILES',
    ],
  })
  @Post('courses/:id/materials/h5p')
  uploadH5p(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UploadH5pDto,
    @UploadedFile() file: { path: string } | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    if (!file) throw new DomainError('H5P_FILE_MISSING', 'Hãy chọn một tệp .h5p để tải lên.', 400);
    return this.catalog.addH5pMaterial({ courseId: id, file: file.path, title: dto.title }, user);
  }

  @ApiBearerAuth()
  @Roles('trainer')
  @ApiOk('CourseDetail')
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND', 'MATERIAL_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT'],
  })
  @Delete('courses/:id/materials/:materialId')
  deleteMaterial(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    return this.catalog.deleteMaterial(id, materialId, user);
  }

  @ApiBearerAuth()
  @Roles('trainer')
  @HttpCode(200)
  @ApiOk('CourseDetail')
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT'],
    422: ['COURSE_EMPTY'],
  })
  @Post('courses/:id/submission')
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CourseDetail> {
    return this.catalog.submit(id, user);
  }

  @ApiBearerAuth()
  @Roles('content_reviewer')
  @ApiOk('CourseSummary', { array: true })
  @Get('review/courses')
  inReview(): Promise<CourseSummary[]> {
    return this.catalog.listByStatus('in_review');
  }

  @ApiBearerAuth()
  @Roles('content_reviewer')
  @HttpCode(200)
  @ApiOk('CourseDetail')
  @ApiErrors({ 403: ['REVIEW_OWN_COURSE'], 404: ['COURSE_NOT_FOUND'], 409: ['COURSE_STATUS_CONFLICT'] })
  @Post('courses/:id/publication')
  publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CourseDetail> {
    return this.catalog.publish(id, user);
  }

  @ApiBearerAuth()
  @Roles('content_reviewer')
  @HttpCode(200)
  @ApiOk('CourseDetail')
  @ApiErrors({ 403: ['REVIEW_OWN_COURSE'], 404: ['COURSE_NOT_FOUND'], 409: ['COURSE_STATUS_CONFLICT'] })
  @Post('courses/:id/return')
  returnCourse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReturnCourseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    return this.catalog.returnToAuthor(id, user, dto.reason);
  }

  @ApiBearerAuth()
  @Roles('citizen')
  @RateLimit('xapi')
  @ApiOk(['LearningRecord', 'XapiBatchResult'], { status: 201 })
  @ApiErrors({ 404: ['COURSE_NOT_FOUND', 'MATERIAL_NOT_FOUND'], 422: ['XAPI_IGNORED'] })
  @Post('materials/:id/xapi')
  xapiStatement(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: XapiStatementDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LearningRecord | XapiBatchResult> {
    return dto.statements
      ? this.xapi.recordBatch(id, dto.statements, user)
      : this.xapi.record(id, dto.statement!, user);
  }
}
