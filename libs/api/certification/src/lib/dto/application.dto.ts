import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type {
  CreateDecisionRequest,
  RejectRequest,
  ReturnRequest,
  RevokeRequest,
  SaveScoresRequest,
  VerifyRequest,
} from '@lc/shared-contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsPlainName } from '@lc/api-shared';
import { IsScoreMap } from './score-map.validator';

const OVERRIDE_LENGTH = 'Lý do vẫn xử lý khi minh chứng không còn nguyên vẹn phải từ 10 đến 2000 ký tự.';

export class OpenApplicationDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'Năm không hợp lệ.' })
  @Min(2020)
  @Max(2100)
  year!: number;
}

export class SaveScoresDto implements SaveScoresRequest {
  @ApiProperty({ type: Object, example: { '1.1': 8 } })
  @IsScoreMap()
  scores!: Record<string, number>;
}

export class VerifyDto implements VerifyRequest {
  @ApiProperty({ type: Object, example: { '1.1': 8 } })
  @IsScoreMap()
  scores!: Record<string, number>;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string;

  @ApiProperty({ required: false, description: 'Required when the evidence chain is broken (docs/adr/0013).' })
  @IsOptional()
  @IsString()
  @Length(10, 2000, { message: OVERRIDE_LENGTH })
  evidenceOverride?: string;
}

export class ReturnDto implements ReturnRequest {
  @ApiProperty()
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do trả lại (ít nhất 5 ký tự).' })
  reason!: string;

  @ApiProperty({ required: false, type: Object })
  @IsOptional()
  @IsObject()
  itemReasons?: Record<string, string>;
}

export class RejectDto implements RejectRequest {
  @ApiProperty()
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do từ chối (ít nhất 5 ký tự).' })
  reason!: string;
}

export class RevokeDto implements RevokeRequest {
  @ApiProperty()
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do thu hồi (ít nhất 5 ký tự).' })
  reason!: string;
}

export class CreateDecisionDto implements CreateDecisionRequest {
  @ApiProperty({ example: '00004' })
  @IsString()
  @Length(1, 40)
  communeId!: string;

  @ApiProperty({ example: '15/QĐ-UBND' })
  @IsString()
  @Length(1, 60, { message: 'Hãy nhập số quyết định.' })
  number!: string;

  @ApiProperty({ example: '2026-11-26' })
  @IsDateString({ strict: true }, { message: 'Ngày ký không hợp lệ (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày ký không hợp lệ (YYYY-MM-DD).' })
  signedOn!: string;

  @ApiProperty()
  @IsString()
  @Length(2, 120, { message: 'Hãy nhập tên người ký.' })
  @IsPlainName()
  signerName!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Hãy chọn ít nhất một hồ sơ.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'Mã hồ sơ không hợp lệ.' })
  applicationIds!: string[];

  @ApiProperty({ required: false, description: 'Required when a listed evidence chain is broken (docs/adr/0013).' })
  @IsOptional()
  @IsString()
  @Length(10, 2000, { message: OVERRIDE_LENGTH })
  evidenceOverride?: string;
}
