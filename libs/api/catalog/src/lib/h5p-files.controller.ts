import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { notFound, Public } from '@lc/api-shared';
import { H5pService } from './h5p.service';

/** The unpacked packages, as h5p-standalone fetches them (h5p.json, content/, library folders). */
@ApiTags('catalog')
@Controller('h5p/packages')
export class H5pFilesController {
  constructor(private readonly h5p: H5pService) {}

  @Public()
  @Get(':id/*path')
  async file(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const prefix = `/api/h5p/packages/${id}/`;
    let path: string;
    try {
      path = decodeURIComponent(req.path.slice(req.path.indexOf(prefix) + prefix.length));
    } catch {
      throw notFound('H5P_FILE_NOT_FOUND', 'Không tìm thấy tệp của học liệu.');
    }
    const file = await this.h5p.locate(id, path);
    if (!file) throw notFound('H5P_FILE_NOT_FOUND', 'Không tìm thấy tệp của học liệu.');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Uploaded files (an SVG can hold script) must never run as a page of ours if opened directly.
    res.setHeader(
      'Content-Security-Policy',
      "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
    );
    // The path was resolved inside the storage root already; the root itself may sit in a dot-folder (.data).
    res.sendFile(file, { maxAge: '1h', dotfiles: 'allow' });
  }
}
