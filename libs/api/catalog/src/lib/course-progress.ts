/** What the tick rule needs of a learning record: no personal data, no hash. */
export interface ProgressRecord {
  objectType: string;
  objectId: string;
  completion: boolean | null;
  success: boolean | null;
}

export interface ProgressMaterial {
  id: string;
  kind: string;
  testId: string | null;
}

/**
 * The materials a learner has finished: an H5P lesson once it reported completion (a reading page only does so on
 * "Tôi đã đọc xong"), a course test once an attempt passed. Opening a lesson or failing a test ticks nothing.
 */
export function doneMaterialIds(materials: ProgressMaterial[], records: ProgressRecord[]): string[] {
  const completedLessons = new Set(
    records.filter((r) => r.objectType === 'h5p_material' && r.completion === true).map((r) => r.objectId),
  );
  const passedTests = new Set(
    records.filter((r) => r.objectType === 'test' && r.success === true).map((r) => r.objectId),
  );
  return materials
    .filter((m) => (m.kind === 'test' ? m.testId !== null && passedTests.has(m.testId) : completedLessons.has(m.id)))
    .map((m) => m.id);
}
