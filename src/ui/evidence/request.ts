import { request } from '../../messaging/client';
import { EvidenceAnswerSchema } from '../../views/evidence';
import { evidenceMessage, type EvidenceTarget } from './target';

/** Asks the background for the facts of the target's parcels (the page validates the answer again). */
export function requestEvidence(target: EvidenceTarget): Promise<unknown> {
  return request(evidenceMessage(target), EvidenceAnswerSchema);
}
