import type { Area } from '@lc/shared-contracts';

/**
 * An area as other contexts receive it: the contract plus its materialised path (e.g. "01.00004"), which their
 * area checks compare with grants. Not the entity: its table stays the areas context's own (ADR 0028).
 */
export interface PlacedArea extends Area {
  path: string;
}
