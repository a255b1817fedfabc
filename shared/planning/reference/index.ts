// Test-only reference (issue 11): the derivation as it was before it was made linear, so property
// tests can check that the fast one gives the same answers. Nothing in the app imports it.
export { activityMonthHours as referenceMonthHours } from './allocation';
export { monthsBetween as referenceMonthsBetween } from './months';
export {
  candidatesOf as referenceCandidates,
  rankedFill as referenceFill,
  liftNeed as referenceLiftNeed,
} from './ranking';
export { planLine as referencePlanLine } from './plan-line';
export { capacityBridge as referenceBridge } from './capacity-bridge';
export { utilisation as referenceUtilisation } from './utilisation';
export { plan as referencePlan } from './plan';
export { coverage as referenceCoverage } from './coverage';
