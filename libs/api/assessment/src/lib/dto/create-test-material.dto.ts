import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { CreateTestMaterialRequest, NewTestItem } from '@lc/shared-contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { CompetenceField, CorrectIndexesField, LevelField } from './item-fields';

export class NewTestItemDto implements NewTestItem {
  @ApiProperty({ enum: ['single_choice', 'multiple_choice'] })
  @IsIn(['single_choice', 'multiple_choice'], { message: 'Loại câu hỏi phải là một lựa chọn hoặc nhiều lựa chọn.' })
  type!: 'single_choice' | 'multiple_choice';

  @CompetenceField()
  competence!: string;

  @LevelField()
  level!: number;

  @ApiProperty()
  @IsString()
  @Length(5, 1000, { message: 'Nội dung câu hỏi cần từ 5 đến 1000 ký tự.' })
  stem!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(2, { message: 'Mỗi câu hỏi cần ít nhất 2 phương án.' })
  @ArrayMaxSize(6, { message: 'Mỗi câu hỏi có nhiều nhất 6 phương án.' })
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'Mỗi phương án cần từ 1 đến 500 ký tự.' })
  options!: string[];

  @CorrectIndexesField(true)
  @IsArray()
  @ArrayMinSize(1, { message: 'Hãy đánh dấu ít nhất một đáp án đúng.' })
  @ArrayMaxSize(6)
  correct!: number[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  explanation?: string;
}

export class CreateTestMaterialDto implements CreateTestMaterialRequest {
  @ApiProperty()
  @IsString()
  @Length(2, 200, { message: 'Tên bài kiểm tra cần từ 2 đến 200 ký tự.' })
  title!: string;

  @ApiProperty({ type: [NewTestItemDto] })
  @IsArray()
  @ArrayMinSize(5, { message: 'Bài kiểm tra cần ít nhất 5 câu hỏi.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NewTestItemDto)
  items!: NewTestItemDto[];
}
