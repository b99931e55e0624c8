import { ApiProperty } from '@nestjs/swagger';
import type { ReturnCourseRequest } from '@lc/shared-contracts';
import { IsString, Length } from 'class-validator';

export class ReturnCourseDto implements ReturnCourseRequest {
  @ApiProperty()
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do trả lại (ít nhất 5 ký tự).' })
  reason!: string;
}
