import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/src/ui/popup/PopupApp';
import { messagingPopupApi } from '@/src/messaging/popup-api';
import { EVIDENCE_PAGE, evidenceSearch, type EvidenceTarget } from '@/src/ui/evidence/target';

/** The evidence pack opens in a tab of its own: printable, and it outlives the popup. */
const openEvidence = (target: EvidenceTarget): void => {
  void browser.tabs.create({ url: browser.runtime.getURL(EVIDENCE_PAGE) + evidenceSearch(target) });
};

render(<PopupApp api={messagingPopupApi} openEvidence={openEvidence} />, document.getElementById('app')!);
