import type { CalibratedItem, Calibration, DomainFit } from './calibration';
import { emDomain, EmData } from './em-domain';
import { byCode, domainOf, EngineItem } from './engine-item';
import { GridSpec, gridPoints } from './grid';
import { priorParameters } from './item-prior';

export interface CalibrationResponse {
  /** One attempt: responses of the same attempt share a posterior. */
  personId: string;
  itemId: string;
  correct: boolean;
}

export interface CalibrationOptions {
  /** Items with fewer responses keep the parameters of the previous version (at first, their level's). */
  minResponses: number;
  grid: GridSpec;
  maxIterations: number;
  tolerance: number;
  logAPrior: { mean: number; sd: number };
  /** SD of the normal prior on b, centred on the b the item's declared level implies. */
  bPriorSd: number;
  /**
   * `population`: the ability distribution of each domain is held at N(0, 1), which fixes the scale.
   * `anchors`: these items keep their previous parameters and the distribution is estimated, so that the scale stays
   * the one of the previous version even when the people taking the test have changed.
   */
  scale: { kind: 'population' } | { kind: 'anchors'; itemIds: string[] };
}

export const DEFAULT_CALIBRATION_OPTIONS: CalibrationOptions = {
  minResponses: 200,
  grid: { min: -5, max: 5, points: 41 },
  maxIterations: 500,
  tolerance: 1e-3,
  logAPrior: { mean: 0, sd: 0.5 },
  bPriorSd: 2,
  scale: { kind: 'population' },
};

export interface CalibrationInput {
  items: readonly EngineItem[];
  responses: readonly CalibrationResponse[];
  previous: Calibration;
  version: string;
  createdAt: string;
  options?: Partial<CalibrationOptions>;
}

/** Groups a domain's responses person by person into the flat arrays EM walks through. */
function domainData(
  items: EngineItem[],
  responses: readonly CalibrationResponse[],
  isFixed: (id: string) => boolean,
  input: CalibrationInput,
): EmData {
  const local = new Map(items.map((item, i) => [item.id, i]));
  const byPerson = new Map<string, CalibrationResponse[]>();
  for (const r of responses) {
    if (!local.has(r.itemId)) continue;
    const list = byPerson.get(r.personId);
    if (list) list.push(r);
    else byPerson.set(r.personId, [r]);
  }
  const people = [...byPerson.values()];
  const total = people.reduce((s, list) => s + list.length, 0);
  const data: EmData = {
    items: items.map((item) => ({
      start: input.previous.items[item.id] ?? priorParameters(item.level, input.previous.itemPrior),
      fixed: isFixed(item.id),
      bPriorMean: priorParameters(item.level, input.previous.itemPrior).b,
    })),
    personStart: new Int32Array(people.length + 1),
    respItem: new Int32Array(total),
    respCorrect: new Uint8Array(total),
  };
  let j = 0;
  people.forEach((list, p) => {
    for (const r of list) {
      data.respItem[j] = local.get(r.itemId) as number;
      data.respCorrect[j++] = r.correct ? 1 : 0;
    }
    data.personStart[p + 1] = j;
  });
  return data;
}

interface Counting {
  responsesOf: (id: string) => number;
  isFixed: (id: string) => boolean;
  anchors: ReadonlySet<string>;
}

function calibrateDomain(
  domainItems: EngineItem[],
  input: CalibrationInput,
  options: CalibrationOptions,
  counting: Counting,
): { items: Record<string, CalibratedItem>; fit: DomainFit } {
  const { responsesOf, isFixed, anchors } = counting;
  const data = domainData(domainItems, input.responses, isFixed, input);
  // Anchors fix the scale only if some of them were answered; otherwise N(0, 1) has to.
  const anchored = domainItems.some((i) => anchors.has(i.id) && responsesOf(i.id) > 0);
  const em = emDomain(data, { ...options, grid: gridPoints(options.grid), estimatePopulation: anchored });
  const items: Record<string, CalibratedItem> = {};
  domainItems.forEach((item, i) => {
    const kept = input.previous.items[item.id]?.source ?? 'prior';
    const source = anchors.has(item.id) ? 'anchor' : data.items[i].fixed ? kept : 'calibrated';
    items[item.id] = { ...em.params[i], responses: responsesOf(item.id), source };
  });
  const fit: DomainFit = {
    persons: data.personStart.length - 1,
    freeItems: data.items.filter((i) => !i.fixed).length,
    iterations: em.iterations,
    converged: em.converged,
    maxChange: em.maxChange,
    logLikelihood: em.logLikelihood,
    scale: anchored ? 'anchors' : 'population',
    population: em.population,
  };
  return { items, fit };
}

/**
 * Marginal maximum likelihood by EM (Bock–Aitkin), one domain (one scale) at a time. Returns a new version; the
 * previous one is left untouched.
 */
export function calibrate(input: CalibrationInput): Calibration {
  const options: CalibrationOptions = { ...DEFAULT_CALIBRATION_OPTIONS, ...input.options };
  const known = new Set(input.items.map((i) => i.id));
  const counts = new Map<string, number>();
  for (const r of input.responses) {
    if (!known.has(r.itemId)) throw new Error(`Response to item ${r.itemId}, which is not among the items given`);
    counts.set(r.itemId, (counts.get(r.itemId) ?? 0) + 1);
  }
  const anchors = new Set(options.scale.kind === 'anchors' ? options.scale.itemIds : []);
  const responsesOf = (id: string) => counts.get(id) ?? 0;
  const counting = {
    responsesOf,
    anchors,
    isFixed: (id: string) => anchors.has(id) || responsesOf(id) < options.minResponses,
  };
  const out: Calibration = {
    version: input.version,
    basedOn: input.previous.version,
    method: 'mml-em',
    createdAt: input.createdAt,
    itemPrior: input.previous.itemPrior,
    items: {},
    domains: {},
    options,
  };
  for (const domain of [...new Set(input.items.map((i) => domainOf(i.competence)))].sort(byCode)) {
    const domainItems = input.items.filter((i) => domainOf(i.competence) === domain);
    const { items, fit } = calibrateDomain(domainItems, input, options, counting);
    Object.assign(out.items, items);
    out.domains[domain] = fit;
  }
  return out;
}
