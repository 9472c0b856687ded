import { EVIDENCE_CSS } from './style';
import type { EvidenceLabels, EvidencePack, EvidenceParcel } from './types';

/**
 * The printable evidence page, built with DOM calls only. Carrier texts, store names and item titles
 * are written by strangers: they only ever reach the page as textContent, never as markup.
 */

type Maker = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
) => HTMLElementTagNameMap[K];

function maker(doc: Document): Maker {
  return (tag, text, className) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className !== undefined) el.className = className;
    return el;
  };
}

function factList(el: Maker, rows: readonly (readonly [string, string | undefined])[]): HTMLDListElement {
  const dl = el('dl', undefined, 'facts');
  for (const [term, value] of rows) {
    if (value === undefined || value === '') continue;
    dl.append(el('dt', term), el('dd', value));
  }
  return dl;
}

function table(el: Maker, head: readonly string[], rows: readonly (readonly (string | Node)[])[]): HTMLTableElement {
  const t = el('table');
  const thead = el('thead');
  const hr = el('tr');
  for (const h of head) hr.append(el('th', h));
  thead.append(hr);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const cell of row) {
      const td = el('td');
      if (typeof cell === 'string') td.textContent = cell;
      else td.append(cell);
      tr.append(td);
    }
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return t;
}

function parcelSection(el: Maker, p: EvidenceParcel, l: EvidenceLabels): HTMLElement {
  const section = el('section', undefined, 'parcel');
  section.append(el('h2', `${l.parcel}: ${p.id}`));
  const numbers = p.numbers.map((n) => (n.carriers.length > 0 ? `${n.number} (${n.carriers.join(', ')})` : n.number));
  section.append(
    factList(el, [
      [l.numbers, numbers.join(', ')],
      [l.service, p.service],
      [l.lastMile, p.lastMile],
      [l.status, l.statuses[p.status]],
      [l.deadline, p.deadline ? `${l.formatDate(p.deadline.at)} (${l.deadlineBases[p.deadline.basis]})` : undefined],
      [l.eta, p.eta ? `${l.formatDate(p.eta.from)} – ${l.formatDate(p.eta.to)}` : undefined],
      [l.guidance, p.guidance.map((g) => l.guidanceNames[g]).join('; ')],
    ]),
  );

  section.append(el('h3', l.flags));
  if (p.verdicts.length === 0) section.append(el('p', l.noFlags));
  else {
    const ul = el('ul', undefined, 'flags');
    for (const v of p.verdicts) {
      const li = el('li');
      li.dataset['flag'] = v.flag;
      li.dataset['reason'] = v.reason;
      li.append(el('strong', l.flagNames[v.flag]), ` ${l.describe(v)} `);
      li.append(el('span', `(${l.confidences[v.confidence]}; ${l.judgedAt} ${l.formatDate(v.judgedAt)})`, 'meta'));
      ul.append(li);
    }
    section.append(ul);
  }

  section.append(el('h3', l.orders));
  section.append(
    table(
      el,
      [l.order, l.store, l.placedAt, l.items],
      p.orders.map((o) => [
        o.id,
        o.store ?? '',
        o.placedAt === undefined ? '' : l.formatDate(o.placedAt),
        o.items.map((i) => (i.quantity ? `${i.title} ×${i.quantity}` : i.title)).join('; '),
      ]),
    ),
  );

  section.append(el('h3', l.timeline));
  if (p.timeline.length === 0) section.append(el('p', l.noEvents));
  else {
    const rows = p.timeline.map((e) => {
      const when = el('span', l.formatDate(e.time));
      const cell = el('span');
      cell.append(when);
      if (e.timeZone) cell.append(' ', el('span', e.timeZone, 'zone'));
      return [cell, l.sources[e.source], e.number, e.status === null ? '' : l.statuses[e.status], e.location ?? '', e.text];
    });
    section.append(table(el, [l.time, l.source, l.number, l.status, l.location, l.carrierText], rows));
  }
  return section;
}

/**
 * Fills `doc` (a fresh document from `document.implementation.createHTMLDocument`, or a new tab's)
 * with the evidence page and returns it. A CSP meta forbids every fetch and script, so the saved
 * page stays self-contained and inert even if a future change slipped markup through.
 */
export function buildEvidenceDocument(doc: Document, pack: EvidencePack, labels: EvidenceLabels): Document {
  const el = maker(doc);
  const head = el('head');
  const charset = el('meta');
  charset.setAttribute('charset', 'utf-8');
  const csp = el('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = "default-src 'none'; style-src 'unsafe-inline'";
  const viewport = el('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  head.append(charset, csp, viewport, el('title', labels.title), el('style', EVIDENCE_CSS));

  const body = el('body');
  const header = el('header');
  header.append(el('h1', labels.title));
  header.append(el('p', `${labels.generatedAt}: ${labels.formatDate(pack.generatedAt)}`, 'generated'));
  body.append(header, ...pack.parcels.map((p) => parcelSection(el, p, labels)));

  doc.documentElement.replaceChildren(head, body);
  return doc;
}
