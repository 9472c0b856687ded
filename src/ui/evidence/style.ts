/**
 * The toolbar's and the status messages' styles. Inline on purpose: building the evidence document
 * replaces the page's <head> (bundled stylesheet links included), and its CSP meta allows inline
 * styles only. The toolbar never prints.
 */
export const EVIDENCE_UI_CSS = `
.pl-evidence-status { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; }
.pl-evidence-status h1 { font-size: 16pt; margin: 0 0 .5rem; }
.pl-evidence-bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: -1rem 0 1rem; padding: .6rem 0; background: #fff; border-bottom: 1px solid #bbb; font: 10.5pt/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pl-evidence-count { color: #444; margin-inline-end: auto; }
.pl-evidence-btn { font: inherit; padding: .35rem .75rem; border: 1px solid #777; border-radius: 4px; background: #f3f3f3; color: #111; cursor: pointer; }
.pl-evidence-btn:hover { border-color: #1a4fd1; }
.pl-evidence-btn:focus-visible { outline: 2px solid #1a4fd1; outline-offset: 2px; }
.pl-evidence-primary { background: #1a4fd1; border-color: #1a4fd1; color: #fff; }
.pl-evidence-note { color: #16602c; font-weight: 600; }
[dir="rtl"] th, [dir="rtl"] td { text-align: right; }
[dir="rtl"] ul.flags { padding-left: 0; padding-right: 1.2rem; }
@media print { .pl-evidence-bar { display: none !important; } }
`;

const MARK = 'data-parcellens-evidence-ui';

/** Adds the styles to the document's head, once. */
export function addEvidenceUiStyle(doc: Document): void {
  if (doc.head.querySelector(`style[${MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(MARK, '');
  style.textContent = EVIDENCE_UI_CSS;
  doc.head.append(style);
}
