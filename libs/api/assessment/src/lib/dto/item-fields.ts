import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** The fields every written item has, whether for a course test or the city bank: one rule, both DTOs. */
export const CompetenceField = () =>
  applyDecorators(
    ApiProperty({ example: '1.1', pattern: '^[1-6]\\.[1-6]$' }),
    Matches(/^[1-6]\.[1-6]$/, { message: 'Mã năng lực không hợp lệ.' }),
  );

export const LevelField = () => applyDecorators(ApiProperty({ minimum: 1, maximum: 8 }), IsInt(), Min(1), Max(8));

/** Indexes into the item's options of the right answers. */
export const CorrectIndexesField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ type: [Number], minItems: 1, maxItems: 6, example: [0], required }),
    Min(0, { each: true }),
    Max(5, { each: true, message: 'Đáp án đúng là số thứ tự của phương án, từ 0 đến 5.' }),
    IsInt({ each: true }),
  );
