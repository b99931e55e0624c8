import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { searchKey } from '@lc/web-reporting-data-access';
import { saveBlob } from '@lc/web-shared-ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { KpiLang } from '../kpi-format';
import { csvBlob, xlsxBlob } from './download';
import { ExportInput, ExportTable, exportTable } from './export-table';
import { translateText } from '@lc/web-shared-data-access';

/** Downloads of what the page shows (CSV, XLSX) and its printable report. */
@Component({
  selector: 'lp-export-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  templateUrl: './export-actions.html',
  styleUrl: './export-actions.scss',
})
export class ExportActions {
  private readonly document = inject(DOCUMENT);
  private readonly translate = inject(TranslateService);
  readonly data = input.required<ExportInput>();
  readonly lang = input<KpiLang>('vi');
  readonly kpiName = input.required<(code: string) => string>();

  protected readonly busy = signal(false);
  protected readonly failed = signal(false);

  protected downloadCsv(): void {
    saveBlob(csvBlob(this.table()), `${this.filename()}.csv`, this.document);
  }

  protected async downloadXlsx(): Promise<void> {
    this.busy.set(true);
    this.failed.set(false);
    try {
      saveBlob(await xlsxBlob(this.table()), `${this.filename()}.xlsx`, this.document);
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(false);
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  private table(): ExportTable {
    const t = (key: string) => translateText(this.translate, `reporting.export.${key}`);
    return exportTable(this.data(), {
      title: t('title'),
      columns: t('columns').split('|'),
      summary: t('summary'),
      communes: t('communes'),
      breakdown: t('breakdown'),
      groups: t('groups'),
      lang: this.lang(),
      kpiName: this.kpiName(),
    });
  }

  /** e.g. chi-so-phuong-ba-dinh-2026: no diacritics or spaces, which some mail and file systems mangle. */
  private filename(): string {
    const { report } = this.data();
    const area = searchKey(report.areaName)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return `chi-so-${area}-${report.year}`;
  }
}
