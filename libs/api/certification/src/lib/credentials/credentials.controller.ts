import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { CheckCredentialRequest, CredentialCheck } from '@lc/shared-contracts';
import { ApiErrors, ApiFile, ApiJson, ApiOk, AuthUser, CurrentUser, Public, RateLimit } from '@lc/api-shared';
import { CredentialsService } from './credentials.service';

export class CheckCredentialDto implements CheckCredentialRequest {
  @ApiProperty({
    description: 'The credential as downloaded: a VC-JWT (compact JWS).',
    minLength: 20,
    maxLength: 20_000,
  })
  @IsString()
  @MinLength(20)
  @MaxLength(20_000)
  credential!: string;
}

const VC_JWT = 'application/vc+jwt';

@ApiTags('certification')
@Controller()
export class CredentialsController {
  constructor(private readonly credentials: CredentialsService) {}

  /** The holder only: their own title, signed, as a file to hand to anyone. */
  @ApiBearerAuth()
  @Header('Cache-Control', 'no-store')
  @ApiFile('application/vc+jwt', 'The title as a signed verifiable credential')
  @ApiErrors({
    404: ['AREA_NOT_FOUND', 'CERTIFICATE_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['CERTIFICATE_REVOKED', 'CREDENTIAL_STATUS_LIST_FULL'],
  })
  @Get('my/certificates/:code/credential.jwt')
  async mine(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const jwt = await this.credentials.mine(user, code.toUpperCase());
    // Set only on success: an error keeps the API's JSON shape.
    res.attachment(`cong-dan-hoc-tap-${code.toUpperCase()}.jwt`).type(VC_JWT);
    return jwt;
  }

  // Anyone: verifiers fetch the key by the credential's `kid`. Cached, but not for long, so a key change shows soon.
  @Public()
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiJson('The issuer keys as a JSON Web Key Set (RFC 7517)')
  @Get('public/issuer/jwks.json')
  jwks() {
    return this.credentials.jwks();
  }

  @Public()
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiJson('The issuer profile: its id is every credential’s issuer')
  @Get('public/issuer')
  issuer() {
    return this.credentials.issuer();
  }

  // Anyone; a revocation must reach verifiers within minutes, so the list is cached briefly.
  @Public()
  @RateLimit('certificate')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiFile('application/vc+jwt', 'The signed revocation status list')
  @Get('public/credentials/status/revocation')
  async statusList(@Res({ passthrough: true }) res: Response): Promise<string> {
    const jwt = await this.credentials.statusList();
    res.type(VC_JWT);
    return jwt;
  }

  /** Anyone: checks a presented credential's signature and status, as the public verification page does. */
  @Public()
  @RateLimit('certificate')
  @HttpCode(200)
  @ApiOk('CredentialCheck')
  @Post('public/credential-checks')
  check(@Body() dto: CheckCredentialDto): Promise<CredentialCheck> {
    return this.credentials.check(dto.credential.trim());
  }
}
