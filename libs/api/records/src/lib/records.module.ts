import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainVerifierService } from './integrity/chain-verifier.service';
import { EvidenceAnchorService } from './integrity/evidence-anchor.service';
import { EvidenceIntegrityController } from './integrity/evidence-integrity.controller';
import { integrityProviders } from './integrity/signing-key.provider';
import { LearningRecordEntity } from './learning-record.entity';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({
  imports: [TypeOrmModule.forFeature([LearningRecordEntity])],
  controllers: [RecordsController, EvidenceIntegrityController],
  providers: [RecordsService, EvidenceAnchorService, ChainVerifierService, ...integrityProviders],
  exports: [RecordsService, EvidenceAnchorService, ChainVerifierService],
})
export class RecordsModule {}
