import { ApiProperty } from '@nestjs/swagger';
import { GENDERS, POPULATION_GROUPS } from '@lc/shared-contracts';
import type { Gender, PopulationGroup, RegisterRequest } from '@lc/shared-contracts';
import { IsIn, IsInt, IsString, Length, Matches, Min, ValidateBy } from 'class-validator';
import { IsPlainName } from '@lc/api-shared';
import {
  BIRTH_YEAR_TEXT,
  EARLIEST_BIRTH_YEAR,
  FULL_NAME_LENGTH_TEXT,
  FULL_NAME_MAX_LENGTH,
  FULL_NAME_MIN_LENGTH,
  latestBirthYear,
  MIN_REGISTRATION_AGE,
  yearInVietnam,
} from '@lc/shared-identity-util';

/** Old enough to register this year, asked at each request: a server running over New Year lets the new 15s in. */
const IsOldEnough = (): PropertyDecorator =>
  ValidateBy({
    name: 'isOldEnough',
    validator: {
      validate: (value) => typeof value !== 'number' || value <= latestBirthYear(yearInVietnam(new Date())),
      defaultMessage: () => BIRTH_YEAR_TEXT.too_young.vi,
    },
  });

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

  @ApiProperty({
    example: 1985,
    minimum: EARLIEST_BIRTH_YEAR,
    // No `maximum`: it moves every year, and the committed document would go stale.
    description: `The person turns ${MIN_REGISTRATION_AGE} this year or is older.`,
  })
  @IsInt({ message: 'Năm sinh phải là một số.' })
  @Min(EARLIEST_BIRTH_YEAR, { message: BIRTH_YEAR_TEXT.not_a_year.vi })
  @IsOldEnough()
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
