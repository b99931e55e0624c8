import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors, ApiFile, notFound, Public } from '@lc/api-shared';
import { H5pService } from './h5p.service';

const NOT_FOUND = () => notFound('H5P_FILE_NOT_FOUND', 'Không tìm thấy tệp của học liệu.');

/**
 * The unpacked packages, as h5p-standalone fetches them (h5p.json, content/, library folders). The player cannot
 * send a bearer token, so who may read is in the path: anyone, for a package of a published course; the holder of
 * a signed preview grant (handed to the author and reviewers with the course) for any other.
 */
@ApiTags('catalog')
@Controller('h5p')
export class H5pFilesController {
  constructor(private readonly h5p: H5pService) {}

  @Public()
  @ApiFile('application/octet-stream', 'A file of the package, typed by its extension')
  @ApiErrors({ 404: ['H5P_FILE_NOT_FOUND'] })
  @Get('packages/:id/*path')
  async file(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!(await this.h5p.isPublished(id))) throw NOT_FOUND();
    await this.send(id, `/api/h5p/packages/${id}/`, req, res, 'public, max-age=3600');
  }

  @Public()
  @ApiFile('application/octet-stream', 'A file of the package, typed by its extension')
  @ApiErrors({ 404: ['H5P_FILE_NOT_FOUND'] })
  @Get('previews/:id/:grant/*path')
  async preview(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('grant') grant: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!this.h5p.previewAllowed(id, grant)) throw NOT_FOUND();
    await this.send(id, `/api/h5p/previews/${id}/${grant}/`, req, res, 'private, max-age=3600');
  }

  private async send(id: string, prefix: string, req: Request, res: Response, cacheControl: string): Promise<void> {
    let path: string;
    try {
      path = decodeURIComponent(req.path.slice(req.path.indexOf(prefix) + prefix.length));
    } catch {
      throw NOT_FOUND();
    }
    const file = await this.h5p.locate(id, path);
    if (!file) throw NOT_FOUND();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Uploaded files (an SVG can hold script) must never run as a page of ours if opened directly.
    res.setHeader(
      'Content-Security-Policy',
      "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
    );
    res.setHeader('Cache-Control', cacheControl);
    // The path was resolved inside the storage root already; the root itself may sit in a dot-folder (.data).
    res.sendFile(file, { dotfiles: 'allow', cacheControl: false });
  }
}
