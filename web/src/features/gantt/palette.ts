/**
 * Bar colours, the same in the light and dark theme and in the PNG export, so a critical or at-risk
 * bar looks the same wherever it is seen.
 */
export const BAR_COLORS = {
  normal: { fill: '#74c0fc', progress: '#1c7ed6' },
  critical: { fill: '#ff8787', progress: '#c92a2a' },
  done: { fill: '#b2f2bb', progress: '#2f9e44' },
  summary: { fill: '#495057', progress: '#212529' },
  atRisk: '#f08c00',
  deadline: '#e03131',
  deadlineMet: '#868e96',
} as const;

/** Which colour family a bar takes: finished work is green, then critical red, else blue. */
export function barKind(
  task: { status: string; critical: boolean },
  summary: boolean,
): 'normal' | 'critical' | 'done' | 'summary' {
  if (summary) return 'summary';
  if (task.status === 'completed') return 'done';
  return task.critical ? 'critical' : 'normal';
}
