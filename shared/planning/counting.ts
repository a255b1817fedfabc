import type { Activity } from '../domain/schemas';

/**
 * Whether an activity takes capacity: not cancelled or postponed, and, when it depends on
 * funding ("onder voorbehoud van voldoende middelen"), only once the money is confirmed.
 */
export function countsForCapacity(activity: Activity): boolean {
  if (activity.status === 'vervallen' || activity.status === 'uitgesteld') return false;
  return !activity.fundingConditional || activity.fundingConfirmed;
}

/** Statutory and committed work takes its hours before any ranking (PRODUCT.md, point 1). */
export function isCommitted(activity: Activity): boolean {
  return activity.commitment !== 'discretionair';
}
