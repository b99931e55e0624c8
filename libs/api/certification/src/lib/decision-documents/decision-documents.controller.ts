import { Controller, Get, Header, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DecisionSummary } from '@lc/shared-contracts';
import { ApiErrors, ApiFile, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { DecisionDocumentsService } from './decision-documents.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** "15/QĐ-UBND" → "15-QD-UBND": a file name without slashes or marks that every system keeps. */
const fileName = (number: string) =>
  number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

@ApiTags('certification')
@ApiBearerAuth()
@Roles('verifier', 'approver')
@Controller('decisions')
export class DecisionDocumentsController {
  constructor(private readonly documents: DecisionDocumentsService) {}

  @ApiOk('DecisionSummary', { array: true })
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<DecisionSummary[]> {
    return this.documents.list(user);
  }

  @Header('Cache-Control', 'no-store')
  @ApiFile('application/pdf', 'The decision and its annex, printable')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND', 'DECISION_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get(':id/decision.pdf')
  async pdf(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, number } = await this.documents.pdf(id, user);
    res.attachment(`quyet-dinh-${fileName(number)}.pdf`).type('application/pdf');
    return new StreamableFile(file);
  }

  @Header('Cache-Control', 'no-store')
  @ApiFile('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The annex as a spreadsheet')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND', 'DECISION_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get(':id/annex.xlsx')
  async xlsx(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, number } = await this.documents.xlsx(id, user);
    res.attachment(`danh-sach-${fileName(number)}.xlsx`).type(XLSX);
    return new StreamableFile(file);
  }
}
