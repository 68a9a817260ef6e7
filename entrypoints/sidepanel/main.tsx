import { render } from 'preact';
import { App } from './App';
import { pinnedTabIdFrom } from './use-page-state';
import './style.css';

// The document language follows the UI language, so screen readers pronounce the labels right.
document.documentElement.lang = navigator.language.startsWith('id') ? 'id' : 'en';

render(<App pinnedTabId={pinnedTabIdFrom(location.search)} />, document.getElementById('app')!);
