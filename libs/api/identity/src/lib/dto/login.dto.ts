import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@lc/shared-contracts';
import { IsString, Length } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'trainer' })
  @IsString()
  @Length(1, 100, { message: 'Vui lòng nhập số định danh hoặc tên đăng nhập.' })
  login!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128, { message: 'Vui lòng nhập mật khẩu.' })
  password!: string;
}
