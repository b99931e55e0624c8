import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@lc/shared-contracts';
import type { GrantRoleRequest, Role } from '@lc/shared-contracts';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

export class GrantRoleDto implements GrantRoleRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'Người dùng không hợp lệ.' })
  userId!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: 'Vai trò không hợp lệ.' })
  role!: Role;

  @ApiProperty({ example: '01' })
  @IsString()
  @Length(1, 40)
  areaId!: string;
}
