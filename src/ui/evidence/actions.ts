/** What the toolbar's buttons do, injectable so the page logic is testable without a browser. */
export interface EvidenceActions {
  print(): void;
  /** Offers `blob` as a file named `fileName`. */
  download(fileName: string, blob: Blob): void;
  copy(text: string): Promise<void>;
}

/** A download link's object URL must outlive the click that starts the download. */
const REVOKE_AFTER_MS = 10_000;

/** The web platform's way: window.print, an object URL behind a[download], the async Clipboard API. */
export function webActions(doc: Document): EvidenceActions {
  const win = doc.defaultView ?? window;
  return {
    print: () => win.print(),
    download(fileName, blob) {
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    },
    copy: (text) => win.navigator.clipboard.writeText(text),
  };
}
