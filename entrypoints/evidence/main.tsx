import { showEvidencePage } from '@/src/ui/evidence/page';
import { requestEvidence } from '@/src/ui/evidence/request';

// The clock is read once, here: every flag, date and file name of the pack is as of this instant.
void showEvidencePage({ doc: document, search: location.search, now: Date.now(), load: requestEvidence });
