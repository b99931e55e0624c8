import { Injectable, inject, signal } from '@angular/core';
import { Area, CommuneMatch, foldText } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { AreasApi } from './areas-api';

/** Shorter than this, the whole list shows: two letters are the least that can name a place. */
const MIN_QUERY = 2;

/** Communes whose name today contains `q`, ignoring case and diacritics. */
export function communesNamed(communes: readonly Area[], q: string): CommuneMatch[] {
  const folded = foldText(q).trim();
  return communes
    .filter((commune) => foldText(commune.name).includes(folded))
    .map((commune) => ({ commune, formerUnits: [] }));
}

/** One commune search box: the server's matches by today's or a pre-July-2025 name for the last text typed. */
@Injectable()
export class CommuneSearchStore {
  private readonly api = inject(AreasApi);

  private readonly _found = signal<CommuneMatch[] | null>(null);
  private asked = 0;

  /** Null while too little is typed: the whole list is offered then. */
  readonly found = this._found.asReadonly();

  /**
   * Searches for `q`; an answer to an earlier text that arrives late is dropped. Offline or failing, today's names
   * still match, from `communes` already loaded.
   */
  async search(q: string, communes: readonly Area[]): Promise<void> {
    const asked = ++this.asked;
    if (q.length < MIN_QUERY) return this._found.set(null);
    const found = await firstValueFrom(this.api.searchCommunes(q)).catch(() => communesNamed(communes, q));
    if (asked === this.asked) this._found.set(found);
  }
}
