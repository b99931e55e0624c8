import { ApiPropertyOptional } from '@nestjs/swagger';
import type { XapiStatementRequest } from '@lc/shared-contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateIf } from 'class-validator';

export const XAPI_BATCH_MAX = 100;

export class XapiStatementDto implements XapiStatementRequest {
  @ApiPropertyOptional({ type: Object, description: 'One statement (or send `statements`)' })
  @ValidateIf((o: XapiStatementDto) => o.statements === undefined)
  @IsObject({ message: 'Thiếu nội dung xAPI.' })
  statement?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [Object], description: `Up to ${XAPI_BATCH_MAX} statements (or send \`statement\`)` })
  @ValidateIf((o: XapiStatementDto) => o.statements !== undefined)
  @IsArray({ message: 'Danh sách xAPI phải là một mảng.' })
  @ArrayMinSize(1, { message: 'Danh sách xAPI đang trống.' })
  @ArrayMaxSize(XAPI_BATCH_MAX, { message: `Gửi tối đa ${XAPI_BATCH_MAX} câu lệnh xAPI mỗi lần.` })
  @IsObject({ each: true, message: 'Mỗi câu lệnh xAPI phải là một đối tượng.' })
  statements?: Record<string, unknown>[];
}
