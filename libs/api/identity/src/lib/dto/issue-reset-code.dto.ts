import { ApiProperty } from '@nestjs/swagger';
import type { IssueResetCodeRequest } from '@lc/shared-contracts';
import { Equals, IsString, Length } from 'class-validator';

export class IssueResetCodeDto implements IssueResetCodeRequest {
  @ApiProperty({ example: '001185001234', description: 'citizen ID number (spaces allowed) or staff username' })
  @IsString()
  @Length(1, 100, { message: 'Vui lòng nhập số định danh cá nhân.' })
  login!: string;

  /** The officer's statement, kept with the code: the chip ID card was checked in person. */
  @ApiProperty({ example: true })
  @Equals(true, { message: 'Hãy kiểm tra trực tiếp thẻ căn cước gắn chip của người này trước khi cấp mã.' })
  idCardChecked!: boolean;
}
