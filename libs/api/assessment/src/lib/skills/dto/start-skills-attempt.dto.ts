import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { StartSkillsAttemptRequest } from '@lc/shared-contracts';

export class StartSkillsAttemptDto implements StartSkillsAttemptRequest {
  @ApiProperty({ required: false, example: false, description: 'More time before the deadline (accessibility).' })
  @IsOptional()
  @IsBoolean()
  extraTime?: boolean;
}
