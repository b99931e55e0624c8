import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { LocalisedText, NoticeKind, NoticeList } from '@lc/shared-contracts';
import { enforce, managerOf, UnitOfWork } from '@lc/api-shared';
import { noticeAccess } from '../access/records-policy';
import { NoticeEntity } from './notice.entity';
import { toNotice } from './notice.mapper';

export interface NewNotice {
  personId: string;
  kind: NoticeKind;
  subjectId: string;
  subjectName: LocalisedText;
}

export const NOTICE_LIST_LIMIT = 50;

@Injectable()
export class NoticesService {
  constructor(@InjectRepository(NoticeEntity) private readonly notices: Repository<NoticeEntity>) {}

  /**
   * Takes the transaction of the change it tells about: the notice commits or rolls back with it, so a refused or
   * failed change leaves none, and only the one transition that won a race leaves one.
   */
  async add(work: UnitOfWork, notice: NewNotice): Promise<void> {
    await managerOf(work).getRepository(NoticeEntity).insert(notice);
  }

  async list(personId: string): Promise<NoticeList> {
    const [rows, unread] = await Promise.all([
      this.notices.find({ where: { personId }, order: { createdAt: 'DESC' }, take: NOTICE_LIST_LIMIT }),
      this.notices.countBy({ personId, readAt: IsNull() }),
    ]);
    return { unread, notices: rows.map(toNotice) };
  }

  /** Someone else's notice is answered as missing: its existence is not theirs to learn. Marking twice is harmless. */
  async markRead(personId: string, id: string): Promise<void> {
    enforce(noticeAccess(personId, await this.notices.findOneBy({ id })));
    await this.notices.update({ id, personId, readAt: IsNull() }, { readAt: new Date() });
  }

  async markAllRead(personId: string): Promise<void> {
    await this.notices.update({ personId, readAt: IsNull() }, { readAt: new Date() });
  }
}
