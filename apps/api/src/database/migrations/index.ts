import { CreateAreas1764150000000 } from './1764150000000-CreateAreas';
import { CreateIdentity1764150000100 } from './1764150000100-CreateIdentity';
import { CreateLearningRecords1764150000200 } from './1764150000200-CreateLearningRecords';
import { CreateCatalog1764150000300 } from './1764150000300-CreateCatalog';
import { CreateAssessment1764150000400 } from './1764150000400-CreateAssessment';
import { CreateCertification1764150000500 } from './1764150000500-CreateCertification';
import { CreateReporting1764150000600 } from './1764150000600-CreateReporting';
import { AddRevokedStatus1764150000700 } from './1764150000700-AddRevokedStatus';
import { IndexLearningRecordLookups1764150000800 } from './1764150000800-IndexLearningRecordLookups';
import { CreateRateLimit1764150000900 } from './1764150000900-CreateRateLimit';
import { CreateAppRole1764150001000 } from './1764150001000-CreateAppRole';
import { KeepRoleGrantHistory1764150001100 } from './1764150001100-KeepRoleGrantHistory';
import { SessionsThatEnd1764150001200 } from './1764150001200-SessionsThatEnd';
import { BoundUploads1764150002000 } from './1764150002000-BoundUploads';
import { RecordEvidenceOverrides1764150004000 } from './1764150004000-RecordEvidenceOverrides';
import { AnchorEvidenceChains1764150004100 } from './1764150004100-AnchorEvidenceChains';
import { KpiRollups1764150005000 } from './1764150005000-KpiRollups';
import { VersionKpiTargets1764150005100 } from './1764150005100-VersionKpiTargets';
import { HostH5pLibraries1764150006000 } from './1764150006000-HostH5pLibraries';
import { CreateSkillsAssessment1764150007000 } from './1764150007000-CreateSkillsAssessment';
import { AccountRecovery1764150008000 } from './1764150008000-AccountRecovery';
import { AreaFormerUnits1764150008100 } from './1764150008100-AreaFormerUnits';
import { KeepEditorSources1764150009000 } from './1764150009000-KeepEditorSources';
import { CredentialStatusIndex1764150010000 } from './1764150010000-CredentialStatusIndex';
import { OnlyAssessmentCountsForSkills1764150011000 } from './1764150011000-OnlyAssessmentCountsForSkills';
import { CommuneContacts1764160600000 } from './1764160600000-CommuneContacts';
import { AddNotices1764160800000 } from './1764160800000-AddNotices';
import { ItemReview1764160400000 } from './1764160400000-ItemReview';
import { CreateIdempotencyKeys1764160700000 } from './1764160700000-CreateIdempotencyKeys';
import { DecisionNumberPerCommuneYear1764160100000 } from './1764160100000-DecisionNumberPerCommuneYear';
import { StoreIssuedCredentials1764160100100 } from './1764160100100-StoreIssuedCredentials';
import { KpiRosters1764160300000 } from './1764160300000-KpiRosters';
import { KpiRosterRollup1764160310000 } from './1764160310000-KpiRosterRollup';
import { KpiSkillsFromProbabilities1764170700000 } from './1764170700000-KpiSkillsFromProbabilities';
import { ServeOrderingShuffled1764170700100 } from './1764170700100-ServeOrderingShuffled';
import { PopulationBands1764160300100 } from './1764160300100-PopulationBands';

import { CreateCalibrationRun1764160500000 } from './1764160500000-CreateCalibrationRun';
/** Listed by hand: the API is one webpack bundle, so there is no folder to glob at run time. */
export const migrations = [
  CreateAreas1764150000000,
  CreateIdentity1764150000100,
  CreateLearningRecords1764150000200,
  CreateCatalog1764150000300,
  CreateAssessment1764150000400,
  CreateCertification1764150000500,
  CreateReporting1764150000600,
  AddRevokedStatus1764150000700,
  IndexLearningRecordLookups1764150000800,
  CreateRateLimit1764150000900,
  CreateAppRole1764150001000,
  KeepRoleGrantHistory1764150001100,
  SessionsThatEnd1764150001200,
  BoundUploads1764150002000,
  RecordEvidenceOverrides1764150004000,
  AnchorEvidenceChains1764150004100,
  KpiRollups1764150005000,
  VersionKpiTargets1764150005100,
  HostH5pLibraries1764150006000,
  CreateSkillsAssessment1764150007000,
  AccountRecovery1764150008000,
  AreaFormerUnits1764150008100,
  KeepEditorSources1764150009000,
  CredentialStatusIndex1764150010000,
  OnlyAssessmentCountsForSkills1764150011000,
  CommuneContacts1764160600000,
  AddNotices1764160800000,
  ItemReview1764160400000,
  CreateIdempotencyKeys1764160700000,
  DecisionNumberPerCommuneYear1764160100000,
  StoreIssuedCredentials1764160100100,
  KpiRosters1764160300000,
  PopulationBands1764160300100,
  KpiRosterRollup1764160310000,
  CreateCalibrationRun1764160500000,
  KpiSkillsFromProbabilities1764170700000,
  ServeOrderingShuffled1764170700100,
];
