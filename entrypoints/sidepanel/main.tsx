import { render } from 'preact';
import { App } from './App';
import { pinnedTabIdFrom } from './use-page-state';
import { uiLanguage } from '../../utils/i18n';
import './style.css';

// The document language is the language of the UI strings (not the browser's list of website
// languages), so screen readers pronounce the labels right. Quotes carry their own lang="id".
document.documentElement.lang = uiLanguage();

render(<App pinnedTabId={pinnedTabIdFrom(location.search)} />, document.getElementById('app')!);
