import { ApiProperty } from '@nestjs/swagger';
import { POPULATION_GROUPS } from '@lc/shared-contracts';
import type { CreateCourseRequest, PopulationGroup, UpdateCourseRequest } from '@lc/shared-contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

/** What a draft's author may change, checked as when it was created. */
export class UpdateCourseDto implements UpdateCourseRequest {
  @ApiProperty({ example: 'Dùng điện thoại an toàn' })
  @IsString()
  @Length(3, 200, { message: 'Tên khoá học cần từ 3 đến 200 ký tự.' })
  title!: string;

  @ApiProperty({ example: 'Cách nhận biết tin nhắn lừa đảo và giữ an toàn tài khoản.', minLength: 10, maxLength: 2000 })
  @IsString()
  @Length(10, 2000, { message: 'Mô tả khoá học cần từ 10 đến 2000 ký tự.' })
  summary!: string;

  @ApiProperty({ example: ['1.1', '4.1'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Chọn ít nhất một năng lực số.' })
  @ArrayMaxSize(24)
  @Matches(/^[1-6]\.[1-6]$/, { each: true, message: 'Mã năng lực không hợp lệ.' })
  competences!: string[];

  @ApiProperty({ minimum: 1, maximum: 8 })
  @IsInt()
  @Min(1, { message: 'Mức độ từ 1 đến 8.' })
  @Max(8, { message: 'Mức độ từ 1 đến 8.' })
  level!: number;

  @ApiProperty({ enum: POPULATION_GROUPS, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'Chọn ít nhất một nhóm đối tượng.' })
  @IsIn(POPULATION_GROUPS, { each: true, message: 'Nhóm đối tượng không hợp lệ.' })
  populationGroups!: PopulationGroup[];

  @ApiProperty({ example: 45 })
  @IsInt()
  @Min(1, { message: 'Thời lượng tối thiểu 1 phút.' })
  @Max(6000)
  estimatedMinutes!: number;
}

export class CreateCourseDto extends UpdateCourseDto implements CreateCourseRequest {
  @ApiProperty({ example: 'Bài 1' })
  @IsString()
  @Length(2, 200, { message: 'Tên học phần cần từ 2 đến 200 ký tự.' })
  moduleTitle!: string;
}
