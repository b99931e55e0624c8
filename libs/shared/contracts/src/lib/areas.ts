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
