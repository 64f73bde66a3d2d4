import type { ValidationIssue } from './validateGraph';

/** Problems as one line for a message: "path: problem; …", at most `max`, then how many more. */
export function describeIssues(issues: readonly ValidationIssue[], total = issues.length, max = 10): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (total > shown.length) shown.push(`… ${total - shown.length} more`);
  return shown.join('; ');
}
