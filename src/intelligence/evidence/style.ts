/** Print-first styles for the evidence page; inline so the saved page needs nothing else. */
export const EVIDENCE_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 .25rem; }
h2 { font-size: 14pt; margin: 2rem 0 .5rem; border-bottom: 2px solid #111; }
h3 { font-size: 12pt; margin: 1rem 0 .25rem; }
.generated { color: #444; margin: 0 0 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: break-word; }
ul.flags { padding-left: 1.2rem; margin: .25rem 0; }
ul.flags .meta { color: #444; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: .2rem .35rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; }
.zone { color: #555; font-size: 8.5pt; }
@page { margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  section.parcel + section.parcel { break-before: page; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
}
`;
