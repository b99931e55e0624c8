import { Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EvidenceCheckpointResult, EvidenceVerification, PublishedCheckpoint } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, enforce, notFound, Public, Roles } from '@lc/api-shared';
import { evidenceChainAccess } from '../access/records-policy';
import { ChainVerifierService } from './chain-verifier.service';
import { EvidenceAnchorService } from './evidence-anchor.service';

@ApiTags('records')
@Controller()
export class EvidenceIntegrityController {
  constructor(
    private readonly anchor: EvidenceAnchorService,
    private readonly verifier: ChainVerifierService,
  ) {}

  // Anyone, signed in or not, may keep a copy of each checkpoint: copies held elsewhere are what make it binding.
  @Public()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOk('PublishedCheckpoint')
  @ApiErrors({ 404: ['EVIDENCE_CHECKPOINT_NOT_FOUND'] })
  @Get('public/evidence-checkpoints/latest')
  async latest(): Promise<PublishedCheckpoint> {
    const latest = await this.anchor.latest();
    if (!latest) throw notFound('EVIDENCE_CHECKPOINT_NOT_FOUND', 'Chưa có mốc kiểm chứng nào được ký.');
    return latest;
  }

  /** A city admin signs a checkpoint now, besides the schedule. */
  @ApiBearerAuth()
  @Roles('admin')
  @HttpCode(200)
  @ApiOk('EvidenceCheckpointResult')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'] })
  @Post('admin/evidence-checkpoints')
  checkpoint(@CurrentUser() user: AuthUser): Promise<EvidenceCheckpointResult> {
    enforce(evidenceChainAccess(user));
    return this.anchor.checkpoint();
  }

  /** A city admin checks every chain against its records and the signed checkpoints. */
  @ApiBearerAuth()
  @Roles('admin')
  @HttpCode(200)
  @ApiOk('EvidenceVerification')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'] })
  @Post('admin/evidence-verifications')
  verify(@CurrentUser() user: AuthUser): Promise<EvidenceVerification> {
    enforce(evidenceChainAccess(user));
    return this.verifier.verifyAll();
  }
}
