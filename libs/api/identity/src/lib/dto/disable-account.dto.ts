import { ApiProperty } from '@nestjs/swagger';
import type { DisableAccountRequest } from '@lc/shared-contracts';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class DisableAccountDto implements DisableAccountRequest {
  @ApiProperty({ example: 'Tài khoản bị người khác sử dụng, theo báo cáo của chủ tài khoản.' })
  // Blanks are not a reason.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do khoá tài khoản (ít nhất 5 ký tự).' })
  reason!: string;
}
