import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LearningRecord } from '@lc/shared-contracts';
import { ApiOk, AuthUser, CurrentUser } from '@lc/api-shared';
import { RecordsService } from './records.service';

@ApiTags('records')
@ApiBearerAuth()
@Controller('my/records')
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @ApiOk('LearningRecord', { array: true })
  @Get()
  async mine(@CurrentUser() user: AuthUser): Promise<LearningRecord[]> {
    return (await this.records.list(user.id)).map((r) => r.record);
  }
}
