/** A single path segment with no separators or dot-dot: safe to use as a folder name. */
export const safeSegment = (s: string | undefined): s is string =>
  !!s && /^[A-Za-z0-9._-]+$/.test(s) && s !== '.' && s !== '..';
