import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ItemProposalRequest,
  ItemReviewQueue,
  ProblemReportReceipt,
  ProblemReportRequest,
  ReviewDecisionRequest,
  ReviewedItem,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Where a citizen's "Báo lỗi câu hỏi" points: an item of a course test, or a question of the assessment. */
export type ProblemTarget =
  | { kind: 'course-test'; attemptId: string; itemId: string }
  | { kind: 'skills'; attemptId: string; position: number };

/** The city bank's review (trainers' proposals, reviewers' decisions) and citizens' problem reports. */
@Injectable({ providedIn: 'root' })
export class ItemBankApi {
  private readonly http = inject(HttpClient);

  propose(req: ItemProposalRequest): Observable<ReviewedItem> {
    return this.http.post<ReviewedItem>('/api/item-proposals', req);
  }

  edit(itemId: string, req: ItemProposalRequest): Observable<ReviewedItem> {
    return this.http.put<ReviewedItem>(`/api/item-proposals/${id(itemId)}`, req);
  }

  mine(): Observable<ReviewedItem[]> {
    return this.http.get<ReviewedItem[]>('/api/item-proposals');
  }

  /** Any item with its key: reviewers only. */
  reviewItem(itemId: string): Observable<ReviewedItem> {
    return this.http.get<ReviewedItem>(`/api/item-review/items/${id(itemId)}`);
  }

  queue(): Observable<ItemReviewQueue> {
    return this.http.get<ItemReviewQueue>('/api/item-review/queue');
  }

  decide(itemId: string, req: ReviewDecisionRequest): Observable<ReviewedItem> {
    return this.http.post<ReviewedItem>(`/api/item-review/items/${id(itemId)}/decisions`, req);
  }

  closeReport(reportId: string): Observable<void> {
    return this.http.post<void>(`/api/item-review/reports/${id(reportId)}/closure`, {});
  }

  report(target: ProblemTarget, req: ProblemReportRequest): Observable<ProblemReportReceipt> {
    return target.kind === 'course-test'
      ? this.http.post<ProblemReportReceipt>(`/api/attempts/${id(target.attemptId)}/problem-reports`, {
          ...req,
          itemId: target.itemId,
        })
      : this.http.post<ProblemReportReceipt>(
          `/api/skills-assessment/attempts/${id(target.attemptId)}/questions/${target.position}/problem-reports`,
          req,
        );
  }
}
