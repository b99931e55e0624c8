import { ApiProperty } from '@nestjs/swagger';
import { GENDERS, POPULATION_GROUPS } from '@lc/shared-contracts';
import type { Gender, PopulationGroup, RegisterRequest } from '@lc/shared-contracts';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsPlainName } from '@lc/api-shared';
import { FULL_NAME_LENGTH_TEXT, FULL_NAME_MAX_LENGTH, FULL_NAME_MIN_LENGTH } from '@lc/shared-identity-util';

const thisYear = new Date().getFullYear();

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'Nguyễn Thị Lan', minLength: FULL_NAME_MIN_LENGTH, maxLength: FULL_NAME_MAX_LENGTH })
  @IsString()
  @Length(FULL_NAME_MIN_LENGTH, FULL_NAME_MAX_LENGTH, { message: FULL_NAME_LENGTH_TEXT.vi })
  // Officers read this name when they verify and recognise: it must read as typed.
  @IsPlainName({ message: 'Họ và tên chỉ gồm một dòng chữ, không chứa ký tự điều khiển hay ký tự đảo chiều văn bản.' })
  fullName!: string;

  @ApiProperty({ example: '001185001234', description: '12 digits' })
  @Matches(/^\d{12}$/, { message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.' })
  citizenId!: string;

  @ApiProperty({ example: 1985 })
  @IsInt({ message: 'Năm sinh phải là một số.' })
  @Min(1900, { message: 'Năm sinh không hợp lệ.' })
  @Max(thisYear - 15, { message: 'Người đăng ký phải từ 15 tuổi trở lên.' })
  birthYear!: number;

  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS, { message: 'Giới tính không hợp lệ.' })
  gender!: Gender;

  @ApiProperty({ example: '00004' })
  @IsString()
  @Length(1, 40)
  communeId!: string;

  @ApiProperty()
  @IsString({ message: 'Vui lòng chọn tổ dân phố/thôn.' })
  @Length(1, 40, { message: 'Vui lòng chọn tổ dân phố/thôn.' })
  groupId!: string;

  @ApiProperty({ enum: POPULATION_GROUPS })
  @IsIn(POPULATION_GROUPS, { message: 'Nhóm đối tượng không hợp lệ.' })
  populationGroup!: PopulationGroup;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @Length(8, 128, { message: 'Mật khẩu cần từ 8 đến 128 ký tự.' })
  password!: string;
}
