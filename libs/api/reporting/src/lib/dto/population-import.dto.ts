import type { PopulationImportRequest } from '@lc/shared-contracts';
import { ImportFileDto } from './import-file.dto';

export class PopulationImportDto extends ImportFileDto implements PopulationImportRequest {}
