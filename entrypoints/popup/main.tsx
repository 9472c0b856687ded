import { render } from 'preact';
import { PopupApp } from '@/src/ui/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
