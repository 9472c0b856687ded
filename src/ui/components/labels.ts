import type { Flag, Source, Stage, StatusCode } from '../../domain/vocabulary';
import type { ParcelView } from '../../views/types';
import { t } from '../i18n';

/**
 * Names of the closed vocabularies in the user's language, and the colour family each belongs to.
 * Keys are dynamic (`status.<code>`); tests/unit/ui-components/locales.test.ts checks every code has one.
 */

/** Colour families: CSS maps each to a tinted background and an AA-contrast text colour. */
export type Tone = 'neutral' | 'moving' | 'action' | 'done' | 'problem';

const STATUS_TONE: Readonly<Record<StatusCode, Tone>> = {
  not_found: 'neutral',
  info_received: 'neutral',
  accepted: 'moving',
  in_transit: 'moving',
  arrived_destination: 'moving',
  customs: 'moving',
  at_local_facility: 'moving',
  out_for_delivery: 'action',
  available_for_pickup: 'action',
  delivered: 'done',
  failed_attempt: 'problem',
  exception: 'problem',
};

const FLAG_TONE: Readonly<Record<Flag, Tone>> = {
  untracked: 'neutral',
  invalid_number: 'problem',
  suspected_fake: 'problem',
  stalled: 'action',
  protection_ending: 'action',
  late: 'action',
};

export const statusTone = (status: StatusCode): Tone => STATUS_TONE[status];
export const flagTone = (flag: Flag): Tone => FLAG_TONE[flag];

export const statusLabel = (status: StatusCode): string => t(`status.${status}`);
export const flagLabel = (flag: Flag): string => t(`flag.${flag}.label`);
export const stageLabel = (stage: Stage | null): string => (stage ? t(`stage.${stage}`) : t('timeline.otherUpdates'));
export const sourceLabel = (source: Source): string => t(`source.${source}`);

/** The test-hook attributes every rendered parcel carries (a stable contract with the e2e tests). */
export function parcelHooks(parcel: Pick<ParcelView, 'number' | 'status' | 'flags'>): Record<string, string> {
  return {
    'data-parcellens-parcel': parcel.number,
    'data-status': parcel.status,
    'data-flags': parcel.flags.join(' '),
  };
}
