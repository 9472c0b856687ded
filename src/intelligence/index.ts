// Public API of parcel intelligence: pure rules with injected time, each verdict with its evidence.
export { assessParcel, flagsOf, needsAttention, urgencyScore } from './assess';
export type { Assessment } from './assess';
export { DEFAULT_ALLOWANCE_DAYS, HISTORY_PRIOR_WEIGHT, MAX_ALLOWANCE_DAYS, stallAllowance, stalledVerdict } from './stalled';
export type { Allowance, AllowanceBasis } from './stalled';
export { dwellHistoryFrom } from './history';
export type { DeliveredParcel } from './history';
export { untrackedFinding, untrackedVerdict } from './untracked';
export type { UntrackedFinding, UntrackedSignal } from './untracked';
export { combinedConfidence, fakeVerdicts, FAKE_DELIVERY_REASONS } from './fake';
export { invalidNumberVerdicts, readNumbers } from './numbers';
export {
  dueReminders,
  GUARANTEE_DAYS_BY_COUNTRY,
  GUARANTEE_DAYS_DEFAULT,
  protectionDeadline,
  protectionVerdict,
  REMINDER_DAYS,
} from './deadlines';
export type { DeadlineInfo, ReminderDay } from './deadlines';
export { lateVerdict } from './late';
export { GUIDANCE, guidanceFor } from './guidance';
export type { Guidance, GuidanceInput } from './guidance';
export { bestEta, etaEstimates, MIN_HISTORY_SAMPLES } from './eta';
export type { EtaBasis, EtaEstimate } from './eta';
export { DELIVERY_DAYS, EXPORT_GAP_DAYS } from './services';
export { isTimeEvidenceKey, REASONS } from './reasons';
export type { ReasonSpec } from './reasons';
export { STALL_STAGES } from './types';
export type { ClassHistory, DeliveredHistory, Evidence, ParcelFacts, StallStage } from './types';
