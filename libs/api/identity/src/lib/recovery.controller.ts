import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { IssuedResetCode, RecoveryCodeIssued, RecoveryCodeStatus } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Public, RateLimit, Roles } from '@lc/api-shared';
import { IssueResetCodeDto } from './dto/issue-reset-code.dto';
import { RenewRecoveryCodeDto } from './dto/renew-recovery-code.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { RecoveryService } from './recovery.service';

/** Account recovery (docs/adr/0017). */
@ApiTags('identity')
@Controller()
export class RecoveryController {
  constructor(private readonly recovery: RecoveryService) {}

  /** Anyone: with an officer's reset code or their own recovery code; one answer for every kind of failure. */
  @Public()
  @RateLimit('passwordReset')
  @HttpCode(200)
  @ApiOk('RecoveryCodeIssued')
  @ApiErrors({ 422: ['RECOVERY_INVALID'] })
  @Post('auth/password-resets')
  reset(@Body() dto: ResetPasswordDto): Promise<RecoveryCodeIssued> {
    return this.recovery.resetPassword(dto);
  }

  /** An approver of the person's commune (or an admin who manages the account), after checking the chip ID card. */
  @ApiBearerAuth()
  @Roles('approver', 'admin')
  @RateLimit('resetCodeIssue')
  @ApiOk('IssuedResetCode', { status: 201 })
  @ApiErrors({
    403: ['RESET_CODE_SELF_FORBIDDEN', 'RESET_CODE_STAFF_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'RESET_CODE_PERSON_NOT_FOUND'],
    409: ['RESET_CODE_ACCOUNT_DISABLED'],
  })
  @Post('password-reset-codes')
  issue(@Body() dto: IssueResetCodeDto, @CurrentUser() officer: AuthUser): Promise<IssuedResetCode> {
    return this.recovery.issueResetCode(dto, officer);
  }

  @ApiBearerAuth()
  @ApiOk('RecoveryCodeStatus')
  @ApiErrors({ 404: ['USER_NOT_FOUND'] })
  @Get('me/recovery-code')
  status(@CurrentUser() user: AuthUser): Promise<RecoveryCodeStatus> {
    return this.recovery.recoveryCodeStatus(user.id);
  }

  /** The signed-in person, with their current password: the old code stops working. */
  @ApiBearerAuth()
  @RateLimit('passwordReset')
  @ApiOk('RecoveryCodeIssued', { status: 201 })
  @ApiErrors({ 404: ['USER_NOT_FOUND'], 422: ['PASSWORD_INCORRECT'] })
  @Post('me/recovery-code')
  renew(@Body() dto: RenewRecoveryCodeDto, @CurrentUser() user: AuthUser): Promise<RecoveryCodeIssued> {
    return this.recovery.renewRecoveryCode(user.id, dto.password);
  }
}
