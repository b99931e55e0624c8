/** Citizen ID numbers are shown masked to anyone but their owner. */
export function maskCitizenId(id: string | null): string | null {
  return id ? '*'.repeat(Math.max(0, id.length - 4)) + id.slice(-4) : null;
}

/** "Nguyễn Văn An" → "N. V. A." — what public pages show instead of a name. */
export function initials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + '.')
    .join(' ');
}
