import { evidencePack } from './pack';
import { plain } from './sanitize';
import type { EvidenceLabels, EvidencePackInput, EvidenceParcel } from './types';

function parcelText(p: EvidenceParcel, l: EvidenceLabels): string[] {
  const lines = [`== ${l.parcel}: ${plain(p.id)} ==`];
  const numbers = p.numbers.map((n) => (n.carriers.length > 0 ? `${n.number} (${n.carriers.join(', ')})` : n.number));
  lines.push(`${l.numbers}: ${plain(numbers.join(', '))}`);
  if (p.service) lines.push(`${l.service}: ${plain(p.service)}`);
  if (p.lastMile) lines.push(`${l.lastMile}: ${plain(p.lastMile)}`);
  lines.push(`${l.status}: ${l.statuses[p.status]}`);
  if (p.deadline) {
    lines.push(`${l.deadline}: ${l.formatDate(p.deadline.at)} (${l.deadlineBases[p.deadline.basis]})`);
  }
  for (const o of p.orders) {
    const placed = o.placedAt === undefined ? '' : `, ${l.placedAt} ${l.formatDate(o.placedAt)}`;
    const store = o.store ? `, ${l.store}: ${o.store}` : '';
    lines.push(plain(`${l.order}: ${o.id}${store}${placed}`));
    const items = o.items.map((i) => (i.quantity ? `${i.title} ×${i.quantity}` : i.title));
    if (items.length > 0) lines.push(`  ${plain(`${l.items}: ${items.join('; ')}`)}`);
  }
  lines.push(`${l.flags}:`);
  if (p.verdicts.length === 0) lines.push(`  ${l.noFlags}`);
  for (const v of p.verdicts) {
    lines.push(
      `  - ${l.flagNames[v.flag]}: ${plain(l.describe(v))} [${l.confidences[v.confidence]}; ${l.judgedAt} ${l.formatDate(v.judgedAt)}]`,
    );
  }
  if (p.guidance.length > 0) lines.push(`${l.guidance}: ${p.guidance.map((g) => l.guidanceNames[g]).join('; ')}`);
  lines.push(`${l.timeline}:`);
  if (p.timeline.length === 0) lines.push(`  ${l.noEvents}`);
  for (const e of p.timeline) {
    const status = e.status === null ? '' : `${l.statuses[e.status]} · `;
    const where = e.location ? ` · ${e.location}` : '';
    lines.push(`  ${plain(`${l.formatDate(e.time)} · ${e.source} · ${e.number} · ${status}${e.text}${where}`)}`);
  }
  return lines;
}

/** A plain-text summary for the clipboard (a chat with the seller, a dispute form). */
export function evidenceText(input: EvidencePackInput, now: number, labels: EvidenceLabels): string {
  const pack = evidencePack(input, now);
  const head = [labels.title, `${labels.generatedAt}: ${labels.formatDate(pack.generatedAt)}`, ''];
  const body = pack.parcels.flatMap((p) => [...parcelText(p, labels), '']);
  return [...head, ...body].join('\n');
}
