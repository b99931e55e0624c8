// Checks the commit convention of CONTRIBUTING.md on every commit since it was adopted: a conventional-commit
// subject of at most 72 characters. Reads only the local history, so it needs no network.
import { execFileSync } from 'node:child_process';

/** The last commit written before the convention; everything after it is checked. */
const ADOPTED_AFTER = '226d962';
const SUBJECT = /^(feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(\([a-z0-9-]+\))?!?: \S.*$/;
const MAX = 72;

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

try {
  git('cat-file', '-e', `${ADOPTED_AFTER}^{commit}`);
} catch {
  console.log(`commits: ${ADOPTED_AFTER} is not in this clone (shallow?); nothing to check`);
  process.exit(0);
}
const lines = git('log', '--format=%h %s', `${ADOPTED_AFTER}..HEAD`).split('\n').filter(Boolean);
const bad = lines.filter((line) => {
  const subject = line.slice(line.indexOf(' ') + 1);
  return subject.length > MAX || !SUBJECT.test(subject);
});
for (const line of bad) console.log(`commits: not "type(scope): subject" within ${MAX} characters: ${line}`);
console.log(`commits: ${lines.length - bad.length} of ${lines.length} follow the convention`);
process.exit(bad.length ? 1 : 0);
