import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { LocalisedText, NoticeKind, NoticeList, NoticeSnapshot } from '@lc/shared-contracts';
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
/** PostgreSQL channel on which a new notice names its owner, for the open streams of every API process. */
export const NOTICE_CHANNEL = 'lc_notice_added';

@Injectable()
export class NoticesService {
  constructor(@InjectRepository(NoticeEntity) private readonly notices: Repository<NoticeEntity>) {}

  /**
   * Takes the transaction of the change it tells about: the notice commits or rolls back with it, so a refused or
   * failed change leaves none, and only the one transition that won a race leaves one. Its NOTIFY is delivered
   * at commit, and never for a rollback, so a stream is told only of notices that exist.
   */
  async add(work: UnitOfWork, notice: NewNotice): Promise<void> {
    const tx = managerOf(work);
    await tx.getRepository(NoticeEntity).insert(notice);
    await tx.query('SELECT pg_notify($1, $2)', [NOTICE_CHANNEL, notice.personId]);
  }

  async list(personId: string): Promise<NoticeList> {
    const [rows, unread] = await Promise.all([
      this.notices.find({ where: { personId }, order: { createdAt: 'DESC' }, take: NOTICE_LIST_LIMIT }),
      this.notices.countBy({ personId, readAt: IsNull() }),
    ]);
    return { unread, notices: rows.map(toNotice) };
  }

  async snapshot(personId: string): Promise<NoticeSnapshot> {
    const [latest, unread] = await Promise.all([
      this.notices.findOne({ where: { personId }, order: { createdAt: 'DESC' } }),
      this.notices.countBy({ personId, readAt: IsNull() }),
    ]);
    return { unread, latest: latest ? toNotice(latest) : null };
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
