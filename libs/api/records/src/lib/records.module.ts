import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainVerifierService } from './integrity/chain-verifier.service';
import { EvidenceAnchorService } from './integrity/evidence-anchor.service';
import { EvidenceIntegrityController } from './integrity/evidence-integrity.controller';
import { integrityProviders } from './integrity/signing-key.provider';
import { LearningRecordEntity } from './learning-record.entity';
import { NoticeHub } from './notices/notice-hub';
import { NoticeEntity } from './notices/notice.entity';
import { NoticeStreamController } from './notices/notice-stream.controller';
import { NoticesController } from './notices/notices.controller';
import { NoticesService } from './notices/notices.service';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

@Module({
  imports: [TypeOrmModule.forFeature([LearningRecordEntity, NoticeEntity])],
  controllers: [RecordsController, EvidenceIntegrityController, NoticesController, NoticeStreamController],
  providers: [
    RecordsService,
    NoticesService,
    NoticeHub,
    EvidenceAnchorService,
    ChainVerifierService,
    ...integrityProviders,
  ],
  exports: [RecordsService, NoticesService, EvidenceAnchorService, ChainVerifierService],
})
export class RecordsModule {}
