import { MINUTE_MS } from '../../domain/clock';
import { unwrapJsonp } from './envelope';
import { buildEvent, clean, uniqueEvents, wholeNumber } from './events';
import { collectNumbers, provisionalNumber } from './numbers';
import { list, object, text, textOrNumber } from './schema';
import { parseGmtOffset } from './timezone';
import type { LogisticsPackage, ParseContext, ParsedEvent, ParsedQueryDetail } from './types';

/**
 * The pre-2020 `ilogisticsaddress.aliexpress.com/ajax_logistics_track.htm?orderId=<id>&callback=<fn>`
 * answer, still found in saved pages and exports: `{tracking:[{mailNo, keyDesc, consoTagSecondMailNo,
 * traceList:[{action, desc, eventTime, eventTimeStr}]}]}`. Read into the same shape as querydetail.
 */

const readTrace = object({ action: text, desc: text, eventTime: textOrNumber, eventTimeStr: text });
const readTracking = object({ mailNo: textOrNumber, consoTagSecondMailNo: textOrNumber, traceList: list });
const readAnswer = object({ tracking: list });

/** "2019-05-10 12:33:56" carries no zone: read it in the request's zone, else as UTC. */
function readLocalDateTime(value: string | undefined, offsetMinutes: number): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s ?? 0) - offsetMinutes * MINUTE_MS;
}

function readTraces(traces: readonly unknown[], number: string, context: ParseContext, where: string, problems: string[]): ParsedEvent[] {
  const offset = parseGmtOffset(context.timeZone) ?? 0;
  const events: ParsedEvent[] = [];
  for (const [index, entry] of traces.entries()) {
    const trace = readTrace(entry);
    const at = `${where} event ${index + 1}`;
    if (!trace) {
      problems.push(`${at}: not an object`);
      continue;
    }
    const { eventTime, eventTimeStr, action, desc: words } = trace;
    const time = wholeNumber(eventTime) ?? readLocalDateTime(clean(eventTime) ?? eventTimeStr, offset);
    const code = clean(action) ?? null;
    const desc = clean(words) ?? code;
    if (time === undefined || desc === null) {
      problems.push(`${at}: ${time === undefined ? 'no time' : 'neither text nor code'}`);
      continue;
    }
    // `action` codes are Cainiao's own (GTMS_SIGNED, SC_INBOUND_SUCCESS…), so classify them as such.
    events.push(buildEvent({ number, time, timeZone: context.timeZone ?? null, location: null, code, group: null, text: desc, codeSource: 'cainiao' }, context.classify));
  }
  return uniqueEvents(events);
}

export function parseLegacyTracking(body: string, context: ParseContext): ParsedQueryDetail {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(unwrapJsonp(body));
  } catch {
    return { packages: [], coupons: [], problems: ['legacy answer: invalid json'] };
  }
  const answer = readAnswer(json);
  if (!answer?.tracking) return { packages: [], coupons: [], problems: ['legacy answer: no tracking list'] };
  const packages: LogisticsPackage[] = [];
  for (const [index, entry] of answer.tracking.entries()) {
    const where = `package ${index + 1}`;
    const tracking = readTracking(entry);
    if (!tracking) {
      problems.push(`${where}: not an object`);
      continue;
    }
    // mailNo is the parcel's own number; consoTagSecondMailNo the consolidated shipment it rode in.
    const numbers = collectNumbers([tracking.mailNo, tracking.consoTagSecondMailNo], context.orderId, problems);
    const primaryNumber = numbers[0] ?? null;
    const number = primaryNumber ?? provisionalNumber(context.orderId, index);
    packages.push({ numbers, primaryNumber, items: [], events: readTraces(tracking.traceList ?? [], number, context, where, problems) });
  }
  return { packages, coupons: [], problems };
}
