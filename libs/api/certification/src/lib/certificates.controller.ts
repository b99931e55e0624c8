import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Certificate, CertificateVerification } from '@lc/shared-contracts';
import { AuthUser, CurrentUser, Public, RateLimit } from '@lc/api-shared';
import { CertificatesService } from './certificates.service';

@ApiTags('certification')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @ApiBearerAuth()
  @Get('my/certificates')
  mine(@CurrentUser() user: AuthUser): Promise<Certificate[]> {
    return this.certificates.mine(user);
  }

  // Anyone may look a code up: per client, so one client can neither sweep codes nor load the database.
  @Public()
  @RateLimit('certificate')
  @Get('public/certificates/:code')
  verify(@Param('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code.toUpperCase());
  }

  @Public()
  @RateLimit('certificate')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=3600')
  @Get('public/certificates/:code/qr.svg')
  qr(@Param('code') code: string): Promise<string> {
    return this.certificates.qrSvg(code.toUpperCase());
  }
}
