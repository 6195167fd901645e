/**
 * Who decides that extra staff come to the hall, and what else the office does about its queue.
 *
 * - `none`: nobody comes (the engine still raises its alarms; nobody answers them).
 * - `count-rule`: 002 п.55 as an office runs it by hand with any queue system: the hall administrator
 *   counts the people waiting for the specialists and calls a back-office member when there are more
 *   than five per open specialist window. This is what the peers' offices get.
 * - `product`: what the product does in an office: the engine's calls for extra staff (its count rule
 *   and the forecast's call) answered from the reserve's screens, the board's pooling advice applied by
 *   the hall administrator, breaks placed where the staffing plan says the hall is quiet, and an
 *   out-of-turn visitor met with the board's forecast of their call in hand.
 *
 * Everyone's people are the same people: the same reserve, the same delays (`ReserveSettings`).
 */
export type StaffingRule = 'none' | 'count-rule' | 'product';

export const STAFFING_RULES: StaffingRule[] = ['none', 'count-rule', 'product'];

/** Parts of the product's staffing that can be switched off to measure what each contributes. */
export interface ProductFeatures {
  /** The hall administrator applies the board's advice to widen an under-used window's topics. */
  pooling: boolean;
  /** Breaks are taken where the staffing plan (built from earlier days) says the hall is quiet. */
  plannedBreaks: boolean;
  /**
   * The administrator reads the board's forecast of an out-of-turn visitor's call and, when it is far
   * off, serves them at once instead of waiting to see whether a window calls them.
   */
  priorityByForecast: boolean;
}

export const ALL_FEATURES: ProductFeatures = { pooling: true, plannedBreaks: true, priorityByForecast: true };
