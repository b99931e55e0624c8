import { CreateAreas1764150000000 } from './1764150000000-CreateAreas';
import { CreateIdentity1764150000100 } from './1764150000100-CreateIdentity';
import { CreateLearningRecords1764150000200 } from './1764150000200-CreateLearningRecords';

/** Listed by hand: the API is one webpack bundle, so there is no folder to glob at run time. */
export const migrations = [CreateAreas1764150000000, CreateIdentity1764150000100, CreateLearningRecords1764150000200];
