import { render, type ComponentChild } from 'preact';
import { buildEvidenceDocument, evidencePack, type EvidencePackInput } from '../../intelligence/evidence';
import { EvidenceAnswerSchema, type EvidenceFacts } from '../../views/evidence';
import { t, uiLocale } from '../i18n';
import { webActions, type EvidenceActions } from './actions';
import { EvidenceStatus } from './EvidenceStatus';
import { EvidenceToolbar } from './EvidenceToolbar';
import { evidenceLabels } from './labels';
import { addEvidenceUiStyle } from './style';
import { parseEvidenceTarget, type EvidenceTarget } from './target';

export interface EvidencePageOptions {
  /** The page's document: the evidence document is built into it. */
  doc: Document;
  /** The page's `location.search` (`?ids=…` or `?flagged=1`). */
  search: string;
  /** The instant the pack is generated at, read once by the caller: flags, dates and file names agree. */
  now: number;
  /** Asks the background for the target's facts; the answer is validated here, whatever it is. */
  load(target: EvidenceTarget): Promise<unknown>;
  /** Print, download, copy; the web platform's by default. */
  actions?: EvidenceActions;
  /** The zone times are written in; the viewer's by default. */
  timeZone?: string;
}

/** How the page ended up: a pack, a failure (bad link, no answer, bad answer), or nothing to show. */
export type EvidencePageState = 'ready' | 'failed' | 'emptyFlagged' | 'emptyIds';

async function fetchFacts(load: EvidencePageOptions['load'], target: EvidenceTarget): Promise<EvidenceFacts[] | null> {
  try {
    const answer = EvidenceAnswerSchema.safeParse(await load(target));
    return answer.success ? answer.data.parcels : null;
  } catch {
    return null;
  }
}

/**
 * The evidence page: asks for the facts, judges them afresh at `now`, and turns the page into the
 * printable evidence document (built with DOM calls only; carrier texts and store names are hostile)
 * with a toolbar on top for printing, downloads and the clipboard summary.
 */
export async function showEvidencePage(options: EvidencePageOptions): Promise<EvidencePageState> {
  const { doc, now } = options;
  const locale = uiLocale();
  doc.documentElement.lang = locale;
  doc.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';

  const ui = doc.createElement('div');
  ui.className = 'pl-evidence-ui';
  const show = (vnode: ComponentChild) => render(vnode, ui);
  addEvidenceUiStyle(doc);
  doc.body.replaceChildren(ui);
  show(<EvidenceStatus kind="loading" />);

  const target = parseEvidenceTarget(options.search);
  const facts = target === null ? null : await fetchFacts(options.load, target);
  if (target === null || facts === null) {
    show(<EvidenceStatus kind="failed" />);
    return 'failed';
  }
  if (facts.length === 0) {
    const kind = 'flagged' in target ? 'emptyFlagged' : 'emptyIds';
    show(<EvidenceStatus kind={kind} />);
    return kind;
  }

  const input: EvidencePackInput = { parcels: facts.map((f) => ({ facts: f })) };
  const labels = evidenceLabels(locale, options.timeZone);
  try {
    buildEvidenceDocument(doc, evidencePack(input, now), labels);
  } catch (error) {
    console.error('ParcelLens: could not build the evidence pack', error);
    show(<EvidenceStatus kind="failed" />);
    return 'failed';
  }
  // The document's head and body are new: bring back the styles and the toolbar.
  addEvidenceUiStyle(doc);
  doc.body.prepend(ui);
  show(<EvidenceToolbar input={input} now={now} labels={labels} actions={options.actions ?? webActions(doc)} />);
  return 'ready';
}
