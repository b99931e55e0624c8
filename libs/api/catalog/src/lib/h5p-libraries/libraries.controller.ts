import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type {
  H5pContentType,
  H5pInstalledLibrary,
  H5pInstallResult,
  H5pLibraryChange,
  H5pLibraryInstallPreview,
} from '@lc/shared-contracts';
import {
  ApiErrors,
  ApiNoContent,
  ApiOk,
  AuthUser,
  CityAdminGuard,
  CurrentUser,
  DomainError,
  RateLimit,
  Roles,
} from '@lc/api-shared';
import { SetLibraryEnabledDto } from '../dto/h5p-library.dto';
import { RemoveUploadInterceptor } from '../remove-upload.interceptor';
import { LibraryAdminService } from './library-admin.service';
import { LibraryInstallsService } from './library-installs.service';

/**
 * Content-type libraries. Every /admin route: an admin granted for the whole city (CityAdminGuard), since a
 * library is code that runs for every learner. The list of content types: trainers, reviewers and admins.
 */
@ApiTags('h5p-libraries')
@ApiBearerAuth()
@Controller()
export class LibrariesController {
  constructor(
    private readonly installs: LibraryInstallsService,
    private readonly admin: LibraryAdminService,
  ) {}

  @Roles('trainer', 'content_reviewer', 'admin')
  @ApiOk('H5pContentType', { array: true })
  @Get('h5p/content-types')
  contentTypes(): Promise<H5pContentType[]> {
    return this.admin.contentTypes();
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @ApiOk('H5pInstalledLibrary', { array: true })
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'] })
  @Get('admin/h5p/libraries')
  list(): Promise<H5pInstalledLibrary[]> {
    return this.admin.list();
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @ApiOk('H5pLibraryChange', { array: true })
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'] })
  @Get('admin/h5p/library-changes')
  history(): Promise<H5pLibraryChange[]> {
    return this.admin.history();
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @RateLimit('h5pUpload')
  @UseInterceptors(RemoveUploadInterceptor, FileInterceptor('file'))
  @ApiOk('H5pLibraryInstallPreview', { status: 201 })
  @ApiErrors({
    400: ['H5P_FILE_MISSING'],
    403: ['CITY_ADMIN_ONLY'],
    422: [
      'H5P_FILE_TYPE',
      'H5P_LIBRARY_INVALID',
      'H5P_MANIFEST_INVALID',
      'H5P_MANIFEST_MISSING',
      'H5P_NOT_ZIP',
      'H5P_PATH_ESCAPE',
      'H5P_PATH_INVALID',
      'H5P_SVG_INVALID',
      'H5P_TOO_LARGE',
      'H5P_TOO_MANY_FILES',
    ],
  })
  @Post('admin/h5p/library-installs')
  preview(
    @UploadedFile() file: { path: string } | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<H5pLibraryInstallPreview> {
    if (!file) throw new DomainError('H5P_FILE_MISSING', 'Hãy chọn một tệp .h5p để tải lên.', 400);
    return this.installs.preview(file.path, user.id);
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @HttpCode(200)
  @ApiOk('H5pInstallResult')
  @ApiErrors({
    403: ['CITY_ADMIN_ONLY'],
    404: ['H5P_INSTALL_NOT_FOUND'],
    409: ['H5P_INSTALL_DECIDED', 'H5P_INSTALL_EXPIRED', 'H5P_INSTALL_STALE'],
  })
  @Post('admin/h5p/library-installs/:id/confirmation')
  confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<H5pInstallResult> {
    return this.installs.confirm(id, user.id);
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'], 404: ['H5P_INSTALL_NOT_FOUND'] })
  @Delete('admin/h5p/library-installs/:id')
  async cancel(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.installs.cancel(id, user.id);
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'], 404: ['H5P_LIBRARY_NOT_FOUND'] })
  @Patch('admin/h5p/libraries/:id')
  async setEnabled(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SetLibraryEnabledDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.admin.setEnabled(id, dto.enabled, user.id);
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'], 404: ['H5P_LIBRARY_NOT_FOUND'], 409: ['H5P_LIBRARY_IN_USE'] })
  @Delete('admin/h5p/libraries/:id')
  async uninstall(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.admin.uninstall(id, user.id);
  }
}
