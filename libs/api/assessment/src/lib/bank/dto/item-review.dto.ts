import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import {
  PROBLEM_REASONS,
  REVIEW_ACTIONS,
  type CourseTestProblemReportRequest,
  type ProblemReason,
  type ProblemReportRequest,
  type ReviewAction,
  type ReviewDecisionRequest,
} from '@lc/shared-contracts';

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
