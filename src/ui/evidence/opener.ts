import { createContext } from 'preact';
import type { EvidenceTarget } from './target';

/** Opens the evidence page for a target (a new tab, in the popup); absent where no page can open. */
export type OpenEvidence = (target: EvidenceTarget) => void;

/**
 * Provided by the popup's root, read by the evidence buttons wherever they sit: the parcel view's
 * components stay free of browser APIs and need no prop threaded through every level.
 */
export const EvidenceOpener = createContext<OpenEvidence | undefined>(undefined);
