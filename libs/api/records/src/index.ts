export * from './lib/records.module';
export * from './lib/records.service';
export * from './lib/learning-record.entity';
export * from './lib/record.mapper';
export { ChainVerifierService } from './lib/integrity/chain-verifier.service';
export { EvidenceAnchorService } from './lib/integrity/evidence-anchor.service';
export type { ChainVerdict } from './lib/integrity/chain-verdict';
export { canonicalJson, hashedFieldsOf, recordHash } from './lib/record-hash';
