import { Module } from '@nestjs/common';
import { Transactions } from '@lc/api-shared';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { ApplicationEntity, DecisionEntity, TransitionEntity } from './application.entity';
import { ApplicationViewService } from './application-view.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { CredentialsController } from './credentials/credentials.controller';
import { CredentialsService } from './credentials/credentials.service';
import { issuerKeyProvider } from './credentials/issuer-key.provider';
import { IssuedCredentialEntity } from './credentials/issued-credential.entity';
import { CriteriaSetEntity } from './criteria-set.entity';
import { DecisionDocumentsController } from './decision-documents/decision-documents.controller';
import { DecisionDocumentsService } from './decision-documents/decision-documents.service';
import { DecisionsService } from './decisions.service';
import { ReviewService } from './review.service';

export const certificationEntities = [
  CriteriaSetEntity,
  ApplicationEntity,
  TransitionEntity,
  DecisionEntity,
  IssuedCredentialEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(certificationEntities), AreasModule, IdentityModule, RecordsModule],
  controllers: [ApplicationsController, CertificatesController, CredentialsController, DecisionDocumentsController],
  providers: [
    Transactions,
    ApplicationsService,
    ApplicationViewService,
    ReviewService,
    DecisionsService,
    DecisionDocumentsService,
    CertificatesService,
    CredentialsService,
    issuerKeyProvider,
  ],
  exports: [ApplicationsService, ReviewService, DecisionsService],
})
export class CertificationModule {}
