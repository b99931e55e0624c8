import { Controller, Get, Header, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Certificate, CertificateVerification } from '@lc/shared-contracts';
import { ApiErrors, ApiFile, ApiOk, AuthUser, CurrentUser, Public, RateLimit } from '@lc/api-shared';
import { CertificatesService } from './certificates.service';

@ApiTags('certification')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @ApiBearerAuth()
  @ApiOk('Certificate', { array: true })
  @ApiErrors({ 404: ['USER_NOT_FOUND'] })
  @Get('my/certificates')
  mine(@CurrentUser() user: AuthUser): Promise<Certificate[]> {
    return this.certificates.mine(user);
  }

  /** The holder only: their certificate as a PDF to print or send. */
  @ApiBearerAuth()
  @Header('Cache-Control', 'no-store')
  @ApiFile('application/pdf', 'The printable certificate')
  @ApiErrors({ 404: ['CERTIFICATE_NOT_FOUND', 'USER_NOT_FOUND'], 409: ['CERTIFICATE_REVOKED'] })
  @Get('my/certificates/:code/certificate.pdf')
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const pdf = await this.certificates.pdf(user, code.toUpperCase());
    res.attachment(`giay-chung-nhan-${code.toUpperCase()}.pdf`).type('application/pdf');
    return new StreamableFile(pdf);
  }

  // Anyone may look a code up: per client, so one client can neither sweep codes nor load the database.
  @Public()
  @RateLimit('certificate')
  @ApiOk('CertificateVerification')
  @ApiErrors({ 404: ['AREA_NOT_FOUND', 'CERTIFICATE_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get('public/certificates/:code')
  verify(@Param('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code.toUpperCase());
  }

  @Public()
  @RateLimit('certificate')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiFile('image/svg+xml', 'The QR code of the verification page')
  @ApiErrors({ 404: ['AREA_NOT_FOUND', 'CERTIFICATE_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get('public/certificates/:code/qr.svg')
  qr(@Param('code') code: string): Promise<string> {
    return this.certificates.qrSvg(code.toUpperCase());
  }
}
