import { render } from 'preact';
import { PopupApp } from '@/src/ui/popup/PopupApp';
import { messagingPopupApi } from '@/src/messaging/popup-api';

render(<PopupApp api={messagingPopupApi} />, document.getElementById('app')!);
