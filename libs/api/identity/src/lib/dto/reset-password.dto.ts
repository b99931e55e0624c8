import { ApiProperty } from '@nestjs/swagger';
import { RECOVERY_METHODS } from '@lc/shared-contracts';
import type { PasswordResetRequest, RecoveryMethod } from '@lc/shared-contracts';
import { IsIn, IsString, Length } from 'class-validator';

export class ResetPasswordDto implements PasswordResetRequest {
  @ApiProperty({ enum: RECOVERY_METHODS, example: 'reset_code' })
  @IsIn(RECOVERY_METHODS, { message: 'Hãy chọn cách khôi phục: mã của cán bộ xã/phường hoặc mã khôi phục.' })
  method!: RecoveryMethod;

  @ApiProperty({ example: '001185001234', description: 'citizen ID number (spaces allowed) or staff username' })
  @IsString()
  @Length(1, 100, { message: 'Vui lòng nhập số định danh cá nhân.' })
  login!: string;

  @ApiProperty({ example: '4821 0937' })
  @IsString()
  @Length(1, 40, { message: 'Vui lòng nhập mã.' })
  code!: string;

  @ApiProperty({ minLength: 8, example: 'Mat-khau-moi-2026' })
  @IsString()
  @Length(8, 128, { message: 'Mật khẩu mới cần từ 8 đến 128 ký tự.' })
  newPassword!: string;
}
