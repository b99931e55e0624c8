import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The form fields sent with an uploaded `.h5p` package. */
export class UploadH5pDto {
  @ApiProperty()
  @IsString()
  @Length(2, 200, { message: 'Tên học liệu cần từ 2 đến 200 ký tự.' })
  title!: string;
}
