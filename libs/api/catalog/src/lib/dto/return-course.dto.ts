import { ApiProperty } from '@nestjs/swagger';
import type { ReturnCourseRequest, XapiStatementRequest } from '@lc/shared-contracts';
import { IsObject, IsString, Length } from 'class-validator';

export class ReturnCourseDto implements ReturnCourseRequest {
  @ApiProperty()
  @IsString()
  @Length(5, 2000, { message: 'Hãy ghi lý do trả lại (ít nhất 5 ký tự).' })
  reason!: string;
}

export class XapiStatementDto implements XapiStatementRequest {
  @ApiProperty({ type: Object })
  @IsObject({ message: 'Thiếu nội dung xAPI.' })
  statement!: Record<string, unknown>;
}

export class UploadH5pDto {
  @ApiProperty()
  @IsString()
  @Length(2, 200, { message: 'Tên học liệu cần từ 2 đến 200 ký tự.' })
  title!: string;
}
