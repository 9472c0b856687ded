import type { FlagVerdict } from '../../domain/model';
import type { Flag, Source, StatusCode, Stage } from '../../domain/vocabulary';
import type { Assessment } from '../assess';
import type { DeadlineInfo } from '../deadlines';
import type { EtaEstimate } from '../eta';
import type { Guidance } from '../guidance';
import type { Confidence, ParcelFacts } from '../types';

/** One parcel to put in an evidence pack; its assessment is computed when not given. */
export interface EvidenceParcelInput {
  facts: ParcelFacts;
  assessment?: Assessment;
}

export interface EvidencePackInput {
  parcels: readonly EvidenceParcelInput[];
}

export interface EvidenceEvent {
  time: number;
  timeIso: string;
  timeZone: string | null;
  source: Source;
  number: string;
  status: StatusCode | null;
  stage: Stage | null;
  location: string | null;
  code: string | null;
  /** The carrier's own words, untouched (exports escape them, never trust them). */
  text: string;
}

export interface EvidenceOrder {
  id: string;
  site: string;
  placedAt?: number;
  store?: string;
  storeUrl?: string;
  items: { title: string; sku?: string; quantity?: number }[];
  /** Country only: a dispute needs no street or name (doc: never export them unasked). */
  country?: string;
}

export interface EvidenceParcel {
  id: string;
  status: StatusCode;
  service?: string;
  serviceClass: string;
  lastMile?: string;
  originCountry?: string;
  destCountry?: string;
  numbers: { number: string; carriers: string[]; pattern?: string }[];
  orders: EvidenceOrder[];
  flags: Flag[];
  verdicts: FlagVerdict[];
  deadline: DeadlineInfo | null;
  eta: EtaEstimate | null;
  guidance: Guidance[];
  /** Oldest first, every source: a dispute reads a journey forwards. */
  timeline: EvidenceEvent[];
}

export interface EvidencePack {
  generatedAt: number;
  generatedAtIso: string;
  parcels: EvidenceParcel[];
}

/**
 * Already-translated strings for the human-readable exports (the UI owns i18n). `describe` turns a
 * verdict's reason code and evidence into the UI's sentence; `formatDate` formats epoch ms.
 */
export interface EvidenceLabels {
  title: string;
  generatedAt: string;
  parcel: string;
  numbers: string;
  service: string;
  lastMile: string;
  status: string;
  orders: string;
  order: string;
  store: string;
  placedAt: string;
  items: string;
  flags: string;
  noFlags: string;
  judgedAt: string;
  deadline: string;
  eta: string;
  guidance: string;
  timeline: string;
  time: string;
  source: string;
  number: string;
  location: string;
  carrierText: string;
  noEvents: string;
  statuses: Readonly<Record<StatusCode, string>>;
  sources: Readonly<Record<Source, string>>;
  flagNames: Readonly<Record<Flag, string>>;
  confidences: Readonly<Record<Confidence, string>>;
  deadlineBases: Readonly<Record<DeadlineInfo['basis'], string>>;
  guidanceNames: Readonly<Record<Guidance, string>>;
  describe: (verdict: FlagVerdict) => string;
  formatDate: (ms: number) => string;
}
