import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** What H5P's core posts to the user-data URL (a form): the state as JSON text, or "0" to forget it. */
export class SaveUserDataDto {
  @ApiProperty({ example: '{"count":1}' })
  @IsString()
  @Length(1, 1_000_000)
  data!: string;

  @ApiProperty({ required: false, example: '1' })
  @IsOptional()
  @Matches(/^[01]$/)
  preload?: string;

  @ApiProperty({ required: false, example: '1' })
  @IsOptional()
  @Matches(/^[01]$/)
  invalidate?: string;
}
