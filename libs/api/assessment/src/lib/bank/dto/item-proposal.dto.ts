import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  PROPOSABLE_TYPES,
  PROPOSAL_BOUNDS,
  type ItemPicture,
  type ItemProposalRequest,
  type LocalisedText,
  type ProposableType,
  type ProposalPair,
  type ProposalRegion,
} from '@lc/shared-contracts';
import { CompetenceField, CorrectIndexesField, LevelField } from '../../dto/item-fields';
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

const { options, accepted, pairs, regions } = PROPOSAL_BOUNDS;

const side = (vi: string, en: string) => ({ vi, en });
/** Examples within the bounds, so that a body built from the OpenAPI document is plausible. */
const PAIRS_EXAMPLE = [
  { left: side('Mật khẩu', 'Password'), right: side('Điều bạn biết', 'Something you know') },
  { left: side('Điện thoại', 'Phone'), right: side('Thứ bạn có', 'Something you have') },
  { left: side('Vân tay', 'Fingerprint'), right: side('Đặc điểm của bạn', 'Something you are') },
];
const REGIONS_EXAMPLE = [
  { x: 0, y: 0, width: 100, height: 50, label: side('Ô tên', 'Name box') },
  { x: 0, y: 60, width: 100, height: 50, label: side('Ô mật khẩu', 'Password box') },
];

class PairDto implements ProposalPair {
  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  left!: BilingualDto;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  right!: BilingualDto;
}

/** A region in the picture's pixels; whether it lies inside the picture is the content validator's check. */
class RegionDto implements ProposalRegion {
  @ApiProperty({ minimum: 0, maximum: 4000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(4000)
  x!: number;

  @ApiProperty({ minimum: 0, maximum: 4000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(4000)
  y!: number;

  @ApiProperty({ minimum: 1, maximum: 4000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(4000)
  width!: number;

  @ApiProperty({ minimum: 1, maximum: 4000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(4000)
  height!: number;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  label!: BilingualDto;
}

/** Each type's fields are optional here; which ones a type needs is the service's check (`proposalProblem`). */
export class ItemProposalDto implements ItemProposalRequest {
  @ApiProperty({ enum: PROPOSABLE_TYPES })
  @IsIn([...PROPOSABLE_TYPES], { message: 'Loại câu hỏi không hợp lệ.' })
  type!: ProposableType;

  @CompetenceField()
  competence!: string;

  @LevelField()
  level!: number;

  @ApiProperty({ type: BilingualDto })
  @ValidateNested()
  @Type(() => BilingualDto)
  stem!: BilingualDto;

  @ApiProperty({
    type: [BilingualDto],
    required: false,
    minItems: options.min,
    maxItems: options.max,
    example: [
      { vi: 'Có', en: 'Yes' },
      { vi: 'Không', en: 'No' },
    ],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(options.min, { message: 'Mỗi câu hỏi cần ít nhất 2 phương án.' })
  @ArrayMaxSize(options.max, { message: 'Mỗi câu hỏi có nhiều nhất 6 phương án.' })
  @ValidateNested({ each: true })
  @Type(() => BilingualDto)
  options?: BilingualDto[];

  @CorrectIndexesField(false)
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'Hãy đánh dấu ít nhất một đáp án đúng.' })
  @ArrayMaxSize(6)
  correct?: number[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  truth?: boolean;

  @ApiProperty({
    type: [String],
    required: false,
    minItems: accepted.min,
    maxItems: accepted.max,
    example: ['mật khẩu', 'password'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(accepted.min)
  @ArrayMaxSize(accepted.max, { message: 'Nhiều nhất 10 đáp án được chấp nhận.' })
  @IsString({ each: true })
  @Length(1, accepted.length, { each: true, message: 'Mỗi đáp án cần từ 1 đến 200 ký tự.' })
  accepted?: string[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  numeric?: boolean;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  ignoreToneMarks?: boolean;

  @ApiProperty({ type: [PairDto], required: false, minItems: pairs.min, maxItems: pairs.max, example: PAIRS_EXAMPLE })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(pairs.min, { message: 'Câu nối cặp cần từ 3 đến 5 cặp.' })
  @ArrayMaxSize(pairs.max, { message: 'Câu nối cặp cần từ 3 đến 5 cặp.' })
  @ValidateNested({ each: true })
  @Type(() => PairDto)
  pairs?: PairDto[];

  @ApiProperty({
    type: [RegionDto],
    required: false,
    minItems: regions.min,
    maxItems: regions.max,
    example: REGIONS_EXAMPLE,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(regions.min, { message: 'Câu chọn vùng cần từ 2 đến 5 vùng.' })
  @ArrayMaxSize(regions.max, { message: 'Câu chọn vùng cần từ 2 đến 5 vùng.' })
  @ValidateNested({ each: true })
  @Type(() => RegionDto)
  regions?: RegionDto[];

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
