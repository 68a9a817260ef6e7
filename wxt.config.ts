import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One keyboard shortcut for both browsers: Chrome runs the action (which opens the side panel),
// Firefox toggles the sidebar directly.
const SHORTCUT = 'Alt+Shift+K';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // core/ must stay free of ambient globals; every file imports what it uses.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // Least privilege: no `tabs` (the panel needs tab ids and load events, not URLs or titles of
    // other sites); host access to Republika only, which is also what the content script runs on.
    permissions: ['storage'],
    host_permissions: ['*://*.republika.co.id/*', '*://republika.co.id/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: SHORTCUT },
              description: '__MSG_commandToggle__',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: SHORTCUT },
              description: '__MSG_commandToggle__',
            },
          },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'kata-siapa@kata-siapa.example',
          // data_collection_permissions (the "collects nothing" declaration) needs Firefox 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android only reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
