import { evidenceCsv, evidenceJson, type EvidencePackInput } from '../../intelligence/evidence';

/** `parcellens-evidence-2026-11-21.json`: the UTC date the pack was generated. */
export function evidenceFileName(now: number, extension: 'json' | 'csv'): string {
  return `parcellens-evidence-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

export function evidenceJsonBlob(input: EvidencePackInput, now: number): Blob {
  return new Blob([evidenceJson(input, now)], { type: 'application/json' });
}

/**
 * CSV with a UTF-8 byte-order mark: without it spreadsheet apps read Cyrillic, Greek, Hebrew and
 * Chinese carrier texts as mojibake.
 */
export function evidenceCsvBlob(input: EvidencePackInput, now: number): Blob {
  return new Blob(['\uFEFF', evidenceCsv(input, now)], { type: 'text/csv;charset=utf-8' });
}
