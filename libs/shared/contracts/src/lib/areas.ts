export type AreaKind = 'province' | 'commune' | 'group';

export interface Area {
  id: string;
  code: string;
  name: string;
  kind: AreaKind;
  /** phường, xã, đặc khu, thành phố trung ương, tổ dân phố … */
  unitType: string;
  parentId: string | null;
}

export interface CreateGroupRequest {
  name: string;
}

/** A ward or commune as it was before 1 July 2025, which went (whole or in part) into a current one. */
export interface FormerUnit {
  name: string;
  district: string;
  /** Merged whole; otherwise only part of it went into this commune. */
  whole: boolean;
}

/** GET /areas/communes/search: a current commune, with the former units that made the query match it, if any. */
export interface CommuneMatch {
  commune: Area;
  formerUnits: FormerUnit[];
}

/** Who to contact at a commune about the programme, as its admin wrote it; `contact` null: not set yet. */
export interface CommuneContact {
  communeId: string;
  communeName: string;
  contact: string | null;
  updatedAt: string | null;
}

/** An empty `contact` clears it. */
export interface SetCommuneContactRequest {
  contact: string;
}
