import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The multipart fields beside the `images` files; `source` is checked field by field by editor-rules.ts. */
export class EditorSourceDto {
  @ApiProperty({ description: 'EditorSource as JSON text', example: '{"contentType":"H5P.LcPracticeQuiz"}' })
  @IsString({ message: 'Thiếu dữ liệu bài học (source).' })
  @MaxLength(1024 * 1024, { message: 'Dữ liệu bài học quá lớn.' })
  source!: string;
}

export class EditorPreviewDto extends EditorSourceDto {
  @ApiPropertyOptional({ description: 'The editor-made material being edited, whose stored images are kept' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã học liệu không hợp lệ.' })
  materialId?: string;
}
