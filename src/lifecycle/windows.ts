// The programme's phase windows, in programme months: one table for the timeline and for
// nextActions.

/** A window from the start of month `from` to the end of month `to` (1-based, after the kick-off). */
export interface MonthWindow {
  readonly from: number;
  readonly to: number;
}

/** The default windows of a 12-month programme, in months after the kick-off (docs/timeline.md). */
export const DEFAULT_WINDOWS = {
  audit: { from: 1, to: 3 },
  "results-meeting": { from: 2, to: 4 },
  "vision-and-plan": { from: 4, to: 6 },
  exchange: { from: 3, to: 10 },
  communication: { from: 8, to: 10 },
  symposium: { from: 11, to: 12 },
} as const satisfies Readonly<Record<string, MonthWindow>>;
