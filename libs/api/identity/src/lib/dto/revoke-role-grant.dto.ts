import { ApiProperty } from '@nestjs/swagger';
import type { RevokeRoleGrantRequest } from '@lc/shared-contracts';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class RevokeRoleGrantDto implements RevokeRoleGrantRequest {
  @ApiProperty({ example: 'Chuyển công tác sang xã khác.' })
  // Blanks are not a reason.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do thu hồi vai trò (ít nhất 5 ký tự).' })
  reason!: string;
}
