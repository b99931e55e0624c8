import { ApiProperty } from '@nestjs/swagger';
import type { CreateGroupRequest } from '@lc/shared-contracts';
import { IsString, Length } from 'class-validator';
import { IsPlainName } from '@lc/api-shared';

export class CreateGroupDto implements CreateGroupRequest {
  @ApiProperty({ example: 'Tổ dân phố số 3' })
  @IsString()
  @Length(2, 120, { message: 'Tên tổ dân phố/thôn cần từ 2 đến 120 ký tự.' })
  @IsPlainName()
  name!: string;
}
