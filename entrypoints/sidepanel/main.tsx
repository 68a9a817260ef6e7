import { render } from 'preact';

render(<p>Kata Siapa</p>, document.getElementById('app')!);
