import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { NewKpiTargets } from '@lc/shared-contracts';
import { IsPlainName } from '@lc/api-shared';

export const TARGET_CODES = ['K0', 'K1', 'K2', 'K3', 'K4', 'K4_OF_K3'];

export class KpiTargetDto {
  @ApiProperty({ enum: TARGET_CODES })
  @IsIn(TARGET_CODES, { message: `Mã chỉ số phải là một trong ${TARGET_CODES.join(', ')}.` })
  code!: string;

  @ApiProperty({ example: 2030 })
  @IsInt({ message: 'Năm mục tiêu phải là số nguyên.' })
  @Min(2021, { message: 'Năm mục tiêu không hợp lệ.' })
  @Max(2100, { message: 'Năm mục tiêu không hợp lệ.' })
  year!: number;

  @ApiProperty({ example: 0.6, description: 'a share, 0 to 1' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Mục tiêu phải là một số.' })
  @Min(0, { message: 'Mục tiêu là tỉ lệ từ 0 đến 1.' })
  @Max(1, { message: 'Mục tiêu là tỉ lệ từ 0 đến 1.' })
  target!: number;
}

export class NewKpiTargetsDto implements NewKpiTargets {
  @ApiProperty({ example: '2027-01-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày áp dụng phải có dạng YYYY-MM-DD.' })
  validFrom!: string;

  @ApiProperty({ example: 'Kế hoạch số …/KH-UBND' })
  @IsString()
  @Length(3, 500, { message: 'Nêu văn bản quy định mục tiêu (3 đến 500 ký tự).' })
  @IsPlainName({ message: 'Tên văn bản chỉ gồm một dòng chữ.' })
  source!: string;

  @ApiProperty({ type: [KpiTargetDto] })
  @IsArray({ message: 'Danh sách mục tiêu phải là một mảng.' })
  @ArrayMinSize(1, { message: 'Cần ít nhất một mục tiêu.' })
  @ArrayMaxSize(60, { message: 'Tối đa 60 mục tiêu mỗi lần.' })
  @ValidateNested({ each: true })
  @Type(() => KpiTargetDto)
  targets!: KpiTargetDto[];
}
