import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { PopulationImportRequest } from '@lc/shared-contracts';

export class PopulationImportDto implements PopulationImportRequest {
  @ApiProperty({ example: 'commune_code,year,adults\n00004,2025,41000' })
  @IsString({ message: 'Gửi nội dung tệp CSV.' })
  @Length(1, 90_000, { message: 'Tệp CSV cần từ 1 đến 90.000 ký tự.' })
  csv!: string;
}
