import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { ItemResponse } from '@lc/shared-contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** Ids of options, regions and matching entries are short ("a", "l1", "r3"); bank ids allow up to 40 characters. */
const ID_MAX = 40;
/** Larger than any picture of the bank (360 × 640): a point beyond its picture is refused by the grading rules. */
const PICTURE_MAX = 4000;

export class MatchPairDto {
  @ApiProperty({ minLength: 1, maxLength: ID_MAX, example: 'l1' })
  @IsString()
  @Length(1, ID_MAX)
  left!: string;

  @ApiProperty({ minLength: 1, maxLength: ID_MAX, example: 'r2' })
  @IsString()
  @Length(1, ID_MAX)
  right!: string;
}

export class PicturePointDto {
  @ApiProperty({ minimum: 0, maximum: PICTURE_MAX, example: 120 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PICTURE_MAX)
  x!: number;

  @ApiProperty({ minimum: 0, maximum: PICTURE_MAX, example: 340 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(PICTURE_MAX)
  y!: number;
}

/** One answer to an item of any type; which fields it needs is the item's type (see `responseProblem`). */
export class ItemResponseDto implements ItemResponse {
  @ApiProperty({ type: [String], maxItems: 10, description: 'Choices; the order of an ordering item; one region' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, ID_MAX, { each: true })
  optionIds!: string[];

  @ApiProperty({ required: false, maxLength: 200, description: 'Short answer' })
  @IsOptional()
  @IsString()
  @Length(0, 200, { message: 'Câu trả lời dài quá 200 ký tự.' })
  text?: string;

  @ApiProperty({ required: false, type: [MatchPairDto], maxItems: 10, description: 'Matching' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MatchPairDto)
  pairs?: MatchPairDto[];

  /** Hotspot: a point on the picture. (No description in the decorator: it would wrap the $ref in an allOf.) */
  @ApiProperty({ required: false, type: PicturePointDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PicturePointDto)
  point?: PicturePointDto;
}
