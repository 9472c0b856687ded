import type { LookupState, OrderAnnotation } from '../../views/types';
import { t } from '../i18n';
import { ChipParcel } from './ChipParcel';
import '../components/components.css';
import './page.css';

export interface OrderChipProps {
  annotation: OrderAnnotation;
  /** Epoch ms the relative times are computed from. */
  now: number;
  /** Opens the parcel in the page panel or the popup; no "Details" button without it. */
  onOpen?: (parcelId: string) => void;
  /** Clipboard writer; defaults to navigator.clipboard. */
  copy?: (text: string) => Promise<void>;
}

/** Lookup states that mean "we could not ask AliExpress", shown even beside last known parcels. */
const FAILED: ReadonlySet<LookupState> = new Set(['logged_out', 'verification', 'traffic_limit', 'error']);

/**
 * What ParcelLens adds to one My Orders card: each parcel's status, newest event, numbers and warnings,
 * or why there is nothing to show yet (not shipped, lookup pending or failed, no tracking number).
 */
export function OrderChip({ annotation, now, onOpen, copy }: OrderChipProps) {
  const { lookup, parcels } = annotation;
  const state: LookupState | null = parcels.length === 0 ? (lookup === 'ok' ? 'no_tracking' : lookup) : FAILED.has(lookup) ? lookup : null;
  return (
    <div class="pl-root pl-page pl-chip" data-parcellens-order={annotation.orderId} data-lookup={lookup}>
      <span class="pl-brand">ParcelLens</span>
      {parcels.map((parcel) => (
        <ChipParcel key={parcel.id} parcel={parcel} now={now} {...(onOpen ? { onOpen } : {})} {...(copy ? { copy } : {})} />
      ))}
      {state && (
        <p class="pl-chip-state" data-state={state} role={FAILED.has(state) ? 'status' : undefined}>
          {t(`lookup.${state}`)}
        </p>
      )}
    </div>
  );
}
