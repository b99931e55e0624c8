/** What the engine needs to know of a bank item: never its stem or key, which stay with grading. */
export interface EngineItem {
  id: string;
  /** A competence code of the framework, such as "2.3"; its domain is the part before the dot. */
  competence: string;
  /** The level 1–8 its author declared; the source of its parameters until calibration. */
  level: number;
}

export const domainOf = (competence: string): string => competence.split('.')[0];

export const byCode = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
