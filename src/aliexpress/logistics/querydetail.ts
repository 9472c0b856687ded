import type { CarrierRef, Destination, Eta, Item } from '../../domain/model';
import { readPromiseLines } from './deadline';
import { buildEvent, clean, uniqueEvents, wholeNumber } from './events';
import { collectNumbers, provisionalNumber } from './numbers';
import { readDetailNode, readModule as readModuleFields, readPackageItem, readTrackingLine, record, type QueryDetailModule, type TrackingLine } from './schema';
import { parseGmtOffset } from './timezone';
import type { LogisticsPackage, ParseContext, ParsedEvent, ParsedQueryDetail } from './types';

/**
 * Turns the `data` of a successful mtop.ae.ld.querydetail answer into domain values. Field facts:
 * ../shared/docs/aliexpress-data.md, "Logistics JSON". Never throws: whatever cannot be read is
 * left out and named in `problems`.
 */

export type { LogisticsPackage, ParseContext, ParsedQueryDetail } from './types';

/** The envelope's `data` is `{ module: {...} }`; a bare module is accepted too. */
function readModule(data: unknown, problems: string[]): QueryDetailModule | undefined {
  const wrapped = record(data)?.module;
  const module = readModuleFields(wrapped !== undefined ? wrapped : data);
  if (!module) problems.push('data.module: not an object');
  return module;
}

function readEvents(line: TrackingLine, number: string, context: ParseContext, where: string, problems: string[]): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  for (const [index, entry] of (line.detailList ?? []).entries()) {
    const node = readDetailNode(entry);
    const at = `${where} event ${index + 1}`;
    if (!node) {
      problems.push(`${at}: not an object`);
      continue;
    }
    const time = wholeNumber(node.time);
    const code = clean(node.trackingSecondCode) ?? clean(node.trackingPrimaryCode) ?? null;
    const text = clean(node.trackingDetailDesc) ?? clean(node.trackingName) ?? code;
    if (time === undefined || text === null) {
      problems.push(`${at}: ${time === undefined ? 'no time' : 'neither text nor code'}`);
      continue;
    }
    events.push(
      buildEvent(
        {
          number,
          time,
          timeZone: context.timeZone ?? null,
          location: clean(node.detailedLocation) ?? null,
          code,
          group: clean(node.fulfillStage) ?? null,
          text,
          codeSource: 'aliexpress',
        },
        context.classify,
      ),
    );
  }
  return uniqueEvents(events);
}

function readItems(line: TrackingLine, where: string, problems: string[]): Item[] {
  const items: Item[] = [];
  for (const [index, entry] of (line.packageItemList ?? []).entries()) {
    const item = readPackageItem(entry);
    const title = clean(item?.itemTitle);
    if (!item || title === undefined) {
      problems.push(`${where} item ${index + 1}: no title`);
      continue;
    }
    const quantity = wholeNumber(item.count);
    const sku = clean(item.skuDesc);
    const imageUrl = clean(item.itemPic);
    const itemId = clean(item.itemId);
    items.push({
      title,
      ...(sku !== undefined && { sku }),
      ...(quantity !== undefined && quantity > 0 && { quantity }),
      ...(imageUrl !== undefined && { imageUrl }),
      ...(itemId !== undefined && { itemId }),
    });
  }
  return items;
}

function readEta(line: TrackingLine): Eta | undefined {
  const from = wholeNumber(line.etaInfo?.beginEtaTime);
  const to = wholeNumber(line.etaInfo?.endEtaTime);
  const text = clean(line.etaInfo?.etaTimeText);
  if (from === undefined && to === undefined && text === undefined) return undefined;
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }), ...(text !== undefined && { text }), source: 'aliexpress' };
}

function readLastMile(line: TrackingLine): CarrierRef | undefined {
  const name = clean(line.logisticsCpInfo?.cpName);
  if (name === undefined) return undefined;
  const url = clean(line.logisticsCpInfo?.cpWebSiteUrl);
  return { name, ...(url !== undefined && { url }) };
}

function readPackage(entry: unknown, index: number, context: ParseContext, problems: string[]): LogisticsPackage | undefined {
  const where = `package ${index + 1}`;
  const line = readTrackingLine(entry);
  if (!line) {
    problems.push(`${where}: not an object`);
    return undefined;
  }
  // LP code first: it exists from dispatch and never changes, so event ids stay stable when the
  // carrier number (mailNo) arrives later or changes in the destination country.
  const numbers = collectNumbers([line.originMailNo, line.mailNo], context.orderId, problems);
  const primaryNumber = numbers[0] ?? null;
  const service = clean(line.logisticsCarrierName);
  const lastMile = readLastMile(line);
  const eta = readEta(line);
  return {
    numbers,
    primaryNumber,
    ...(service !== undefined && { service }),
    ...(lastMile && { lastMile }),
    ...(eta && { eta }),
    items: readItems(line, where, problems),
    events: readEvents(line, primaryNumber ?? provisionalNumber(context.orderId, index), context, where, problems),
  };
}

function readDestination(module: QueryDetailModule): Destination | undefined {
  const info = module.logisticsReceiverInfo;
  const country = clean(info?.country);
  const city = clean(info?.city);
  const zip = clean(info?.zipCode);
  if (country === undefined && city === undefined && zip === undefined) return undefined;
  return { ...(country !== undefined && { country }), ...(city !== undefined && { city }), ...(zip !== undefined && { zip }) };
}

function promiseLines(module: QueryDetailModule): string[] {
  const list = (module.fastDeliveryInfoDTO?.fdContentList ?? []).filter((line): line is string => typeof line === 'string');
  if (list.length > 0) return list;
  // Older builds send only the joined sentence.
  return (module.fastDeliveryInfoDTO?.fdContent ?? '').split('·');
}

export function parseQueryDetail(data: unknown, context: ParseContext): ParsedQueryDetail {
  const problems: string[] = [];
  const module = readModule(data, problems);
  if (!module) return { packages: [], coupons: [], problems };
  if (!module.trackingDetailLineList) problems.push('trackingDetailLineList: missing');
  const packages = (module.trackingDetailLineList ?? []).flatMap((entry, index) => readPackage(entry, index, context, problems) ?? []);
  const offsetMinutes = parseGmtOffset(context.timeZone);
  const promises = readPromiseLines(promiseLines(module), {
    referenceMs: context.fetchedAt,
    ...(offsetMinutes !== undefined && { offsetMinutes }),
  });
  const destination = readDestination(module);
  return {
    packages,
    ...(destination && { destination }),
    ...(promises.deadline && { deadline: promises.deadline }),
    coupons: promises.coupons,
    problems: [...problems, ...promises.problems],
  };
}
