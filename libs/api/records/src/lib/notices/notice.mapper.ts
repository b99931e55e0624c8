import type { Notice } from '@lc/shared-contracts';
import { NoticeEntity } from './notice.entity';

export const toNotice = (n: NoticeEntity): Notice => ({
  id: n.id,
  kind: n.kind,
  subjectId: n.subjectId,
  subjectName: n.subjectName,
  createdAt: n.createdAt.toISOString(),
  read: n.readAt !== null,
});
