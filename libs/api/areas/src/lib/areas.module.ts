import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreaFormerUnitEntity } from './area-former-unit.entity';
import { AreaEntity } from './area.entity';
import { AreasController } from './areas.controller';
import { AreasService } from './areas.service';
import { CommuneContactEntity } from './commune-contact.entity';
import { CommuneContactsController } from './commune-contacts.controller';
import { CommuneContactsService } from './commune-contacts.service';

@Module({
  imports: [TypeOrmModule.forFeature([AreaEntity, AreaFormerUnitEntity, CommuneContactEntity])],
  controllers: [AreasController, CommuneContactsController],
  providers: [AreasService, CommuneContactsService],
  exports: [AreasService],
})
export class AreasModule {}
