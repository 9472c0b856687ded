// Evidence packs for disputes: pure data and text exports, plus a DOM-built printable page.
export { evidenceJson, evidencePack, flaggedParcels } from './pack';
export { CSV_COLUMNS, csvCell, evidenceCsv } from './csv';
export { evidenceText } from './text';
export { buildEvidenceDocument } from './document';
export { EVIDENCE_CSS } from './style';
export type {
  EvidenceEvent,
  EvidenceLabels,
  EvidenceOrder,
  EvidencePack,
  EvidencePackInput,
  EvidenceParcel,
  EvidenceParcelInput,
} from './types';
