import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsString, Length, ValidateIf } from 'class-validator';
import type { ImportFileRequest } from '@lc/shared-contracts';

/**
 * An import as JSON: the CSV's text or the workbook in base64, within the JSON body limit (100 kB), which also
 * bounds what the workbook can unpack to (docs/adr/0018).
 */
export class ImportFileDto implements ImportFileRequest {
  @ApiPropertyOptional({ example: 'commune_code,year,adults\n00004,2025,41000', minLength: 1, maxLength: 90_000 })
  @ValidateIf((o: ImportFileDto) => o.xlsx === undefined)
  @IsString({ message: 'Gửi nội dung tệp CSV hoặc tệp Excel.' })
  @Length(1, 90_000, { message: 'Tệp CSV cần từ 1 đến 90.000 ký tự.' })
  csv?: string;

  @ApiPropertyOptional({ description: 'The .xlsx file, base64', minLength: 4, maxLength: 90_000 })
  @ValidateIf((o: ImportFileDto) => o.xlsx !== undefined)
  @IsString({ message: 'Tệp Excel phải gửi dưới dạng base64.' })
  @Length(4, 90_000, { message: 'Tệp Excel quá lớn: hãy chia tệp hoặc gửi CSV.' })
  @IsBase64(undefined, { message: 'Tệp Excel phải gửi dưới dạng base64.' })
  xlsx?: string;
}
