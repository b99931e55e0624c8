import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { SetH5pLibraryEnabledRequest } from '@lc/shared-contracts';

export class SetLibraryEnabledDto implements SetH5pLibraryEnabledRequest {
  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}
