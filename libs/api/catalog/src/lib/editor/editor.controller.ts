import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CourseDetail,
  EDITOR_LIMITS,
  EditorMaterialSource,
  EditorMaterialSummary,
  EditorPreview,
} from '@lc/shared-contracts';
import { ApiErrors, ApiFile, ApiOk, AuthUser, CurrentUser, RateLimit, Roles } from '@lc/api-shared';
import { EditorPreviewDto, EditorSourceDto } from './dto/editor-source.dto';
import { EditorUpload } from './editor-images';
import { exportDisposition } from './editor-pack';
import { EditorPreviewService } from './editor-preview.service';
import { EditorService } from './editor.service';
import { RemoveUploadsInterceptor } from './remove-uploads.interceptor';

/**
 * Images stream to the storage's incoming folder (the catalog module's multer destination), each capped here
 * rather than at the package bound: the editor takes pictures, not packages.
 */
const images = () =>
  FilesInterceptor('images', EDITOR_LIMITS.imagesMax, {
    limits: { fileSize: EDITOR_LIMITS.imageMaxBytes, files: EDITOR_LIMITS.imagesMax, fields: 4, fieldSize: 1 << 20 },
  });

const multipart = (extra: Record<string, object> = {}) =>
  ApiBody({
    schema: {
      type: 'object',
      properties: {
        source: { type: 'string', description: 'EditorSource as JSON' },
        images: { type: 'array', items: { type: 'string', format: 'binary' } },
        ...extra,
      },
    },
  });

const uploadsOf = (files: EditorUpload[] | undefined): EditorUpload[] => files ?? [];

/**
 * The browser editor of the platform's own content types (docs/adr/0016, "Editor"). Everything here is for the
 * course's author only (others get 403 COURSE_NOT_AUTHOR); saves and previews only while the course is a draft.
 */
@ApiTags('catalog')
@ApiBearerAuth()
@Roles('trainer')
@Controller('courses/:id/editor')
export class EditorController {
  constructor(
    private readonly editor: EditorService,
    private readonly previews: EditorPreviewService,
  ) {}

  /** The course's author: the materials made in the editor, to edit or export. */
  @ApiOk('EditorMaterialSummary', { array: true })
  @ApiErrors({ 403: ['COURSE_NOT_AUTHOR'], 404: ['COURSE_NOT_FOUND'] })
  @Get('materials')
  list(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<EditorMaterialSummary[]> {
    return this.editor.list(id, user);
  }

  /** The author of a draft: packs the form into a .h5p, checks it as an upload, adds it as a material. */
  @RateLimit('h5pEditor')
  @ApiConsumes('multipart/form-data')
  @multipart()
  @UseInterceptors(RemoveUploadsInterceptor, images())
  @ApiOk('CourseDetail', { status: 201 })
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT', 'H5P_UPLOAD_RETRY'],
    422: ['EDITOR_INVALID', 'EDITOR_SOURCE_INVALID', 'H5P_QUOTA_EXCEEDED'],
  })
  @Post('materials')
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EditorSourceDto,
    @UploadedFiles() files: EditorUpload[] | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    return this.editor.create({ courseId: id, rawSource: dto.source, uploads: uploadsOf(files) }, user);
  }

  /** The author of a draft: saves an editor-made material again, as a new package. */
  @RateLimit('h5pEditor')
  @ApiConsumes('multipart/form-data')
  @multipart()
  @UseInterceptors(RemoveUploadsInterceptor, images())
  @ApiOk('CourseDetail')
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND', 'EDITOR_MATERIAL_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT', 'H5P_UPLOAD_RETRY'],
    422: ['EDITOR_INVALID', 'EDITOR_SOURCE_INVALID', 'H5P_QUOTA_EXCEEDED'],
  })
  @Put('materials/:materialId')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @Body() dto: EditorSourceDto,
    @UploadedFiles() files: EditorUpload[] | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    return this.editor.update({ courseId: id, materialId, rawSource: dto.source, uploads: uploadsOf(files) }, user);
  }

  /** The course's author: an editor-made material's source, to edit it. */
  @ApiOk('EditorMaterialSource')
  @ApiErrors({ 403: ['COURSE_NOT_AUTHOR'], 404: ['COURSE_NOT_FOUND', 'EDITOR_MATERIAL_NOT_FOUND'] })
  @Get('materials/:materialId')
  source(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<EditorMaterialSource> {
    return this.editor.source(id, materialId, user);
  }

  /** The course's author, whatever the course's status: the material as a self-contained .h5p file. */
  @ApiProduces('application/zip')
  @ApiFile('application/zip', 'The lesson as an .h5p package')
  @ApiErrors({ 403: ['COURSE_NOT_AUTHOR'], 404: ['COURSE_NOT_FOUND', 'EDITOR_MATERIAL_NOT_FOUND'] })
  @Get('materials/:materialId/export')
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const { bytes, title } = await this.editor.export(id, materialId, user);
    return new StreamableFile(bytes, {
      type: 'application/zip',
      disposition: exportDisposition(title),
      length: bytes.length,
    });
  }

  /** The author of a draft: the form played by the real player, from a package that is not saved. */
  @RateLimit('h5pEditor')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @multipart({ materialId: { type: 'string', format: 'uuid' } })
  @UseInterceptors(RemoveUploadsInterceptor, images())
  @ApiOk('EditorPreview')
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND', 'EDITOR_MATERIAL_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT'],
    422: ['EDITOR_INVALID', 'EDITOR_SOURCE_INVALID', 'H5P_QUOTA_EXCEEDED'],
  })
  @Post('previews')
  preview(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EditorPreviewDto,
    @UploadedFiles() files: EditorUpload[] | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<EditorPreview> {
    const save = { courseId: id, rawSource: dto.source, uploads: uploadsOf(files), materialId: dto.materialId };
    return this.previews.preview(save, user);
  }
}
