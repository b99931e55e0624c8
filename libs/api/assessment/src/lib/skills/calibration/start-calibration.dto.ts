import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { StartCalibrationRequest } from '@lc/shared-contracts';

export class StartCalibrationDto implements StartCalibrationRequest {
  @ApiProperty({ required: false, minimum: 50, maximum: 100000, default: 200 })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(100000)
  minResponses?: number;
}
