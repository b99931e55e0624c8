import { ApiProperty } from '@nestjs/swagger';
import type { RenewRecoveryCodeRequest } from '@lc/shared-contracts';
import { IsString, Length } from 'class-validator';

export class RenewRecoveryCodeDto implements RenewRecoveryCodeRequest {
  @ApiProperty({ example: 'Mat-khau-hien-tai' })
  @IsString()
  @Length(1, 128, { message: 'Vui lòng nhập mật khẩu hiện tại.' })
  password!: string;
}
