import type { AnnexPerson } from './decision-annex';

/** Everything the decision's PDF and spreadsheet show: the decision, its commune and the people it recognises. */
export interface DecisionFacts {
  number: string;
  signedOn: string;
  signerName: string;
  communeName: string;
  year: number;
  people: AnnexPerson[];
}
