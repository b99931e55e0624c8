import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  PROBLEM_REASONS,
  PROPOSABLE_TYPES,
  REVIEW_ACTIONS,
  type CourseTestProblemReportRequest,
  type ItemPicture,
  type ItemProposalRequest,
  type LocalisedText,
  type ProblemReason,
  type ProblemReportRequest,
  type ProposableType,
  type ReviewAction,
  type ReviewDecisionRequest,
} from '@lc/shared-contracts';

/** A text an item shows, required in both languages: the bank serves Vietnamese and English alike. */
class BilingualDto implements LocalisedText {
  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000, { message: 'Mỗi nội dung cần từ 1 đến 1000 ký tự.' })
  vi!: string;

  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000, { message: 'Mỗi nội dung cần bản tiếng Anh, từ 1 đến 1000 ký tự.' })
  en!: string;
}

/** Alt text may be empty here: the service refuses it with its own code (`ITEM_PICTURE_ALT_MISSING`). */
class PictureAltDto implements LocalisedText {
  @ApiProperty({ minLength: 1, maxLength: 300 })
  @IsString()
  @MaxLength(300, { message: 'Văn bản thay thế dài nhất 300 ký tự.' })
  vi!: string;

  @ApiProperty({ minLength: 1, maxLength: 300 })
  @IsString()
  @MaxLength(300, { message: 'Văn bản thay thế dài nhất 300 ký tự.' })
  en!: string;
}

/** A picture as a data URL; its real type and size are checked by `pictureProblem`. */
class PictureDto implements ItemPicture {
  @ApiProperty({ maxLength: 90000, example: 'data:image/png;base64,iVBORw0KGgo=' })
  @IsString()
  @MaxLength(90000, { message: 'Hình ảnh quá lớn: tối đa 60 KB.' })
  src!: string;

  @ApiProperty({ minimum: 1, maximum: 4000 })
  @IsInt()
  @Min(1)
  @Max(4000)
  width!: number;

  @ApiProperty({ minimum: 1, maximum: 4000 })
  @IsInt()
  @Min(1)
  @Max(4000)
  height!: number;

  @ApiProperty({ type: PictureAltDto })
  @ValidateNested()
  @Type(() => PictureAltDto)
  alt!: PictureAltDto;
}

export class ItemProposalDto implements ItemProposalRequest {
  @ApiProperty({ enum: PROPOSABLE_TYPES })
  @IsIn([...PROPOSABLE_TYPES], { message: 'Loại câu hỏi phải là một lựa chọn hoặc nhiều lựa chọn.' })
  type!: ProposableType;

  @ApiProperty({ example: '1.1' })
  @Matches(/^[1-6]\.[1-6]$/, { message: 'Mã năng lực không hợp lệ.' })
  competence!: string;

  @ApiProperty({ minimum: 1, maximum: 8 })
  @IsInt()
  @Min(1)
  @Max(8)
  level!: number;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  stem!: BilingualDto;

  @ApiProperty({
    type: [BilingualDto],
    minItems: 2,
    maxItems: 6,
    example: [
      { vi: 'Có', en: 'Yes' },
      { vi: 'Không', en: 'No' },
    ],
  })
  @IsArray()
  @ArrayMinSize(2, { message: 'Mỗi câu hỏi cần ít nhất 2 phương án.' })
  @ArrayMaxSize(6, { message: 'Mỗi câu hỏi có nhiều nhất 6 phương án.' })
  @ValidateNested({ each: true })
  @Type(() => BilingualDto)
  options!: BilingualDto[];

  @ApiProperty({ type: [Number], minItems: 1, maxItems: 6, example: [0] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Hãy đánh dấu ít nhất một đáp án đúng.' })
  @ArrayMaxSize(6)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(5, { each: true, message: 'Đáp án đúng là số thứ tự của phương án, từ 0 đến 5.' })
  correct!: number[];

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  explanation!: BilingualDto;

  @ApiProperty({ type: PictureDto, required: false })
  @IsOptional()
  @ValidateNested()
  @Type(() => PictureDto)
  picture?: PictureDto;

  @ApiProperty({ required: false, maxLength: 60 })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  revises?: string;
}

export class ReviewDecisionDto implements ReviewDecisionRequest {
  @ApiProperty({ enum: REVIEW_ACTIONS })
  @IsIn([...REVIEW_ACTIONS], { message: 'Thao tác duyệt không hợp lệ.' })
  action!: ReviewAction;

  @ApiProperty({ type: [String], required: false, maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 1000, { each: true, message: 'Mỗi lý do cần từ 1 đến 1000 ký tự.' })
  reasons?: string[];
}

export class ProblemReportDto implements ProblemReportRequest {
  @ApiProperty({ enum: PROBLEM_REASONS })
  @IsIn([...PROBLEM_REASONS], { message: 'Hãy chọn lý do báo lỗi.' })
  reason!: ProblemReason;

  @ApiProperty({ required: false, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(0, 1000, { message: 'Ghi chú dài nhất 1000 ký tự.' })
  note?: string;
}

export class CourseTestProblemReportDto extends ProblemReportDto implements CourseTestProblemReportRequest {
  @ApiProperty({ minLength: 1, maxLength: 60 })
  @IsString()
  @Length(1, 60)
  itemId!: string;
}
