import { defineConfig } from 'wxt';

// Least privilege: the two sites we coach on, storage for settings, alarms for
// the midnight badge refresh. No other hosts: the extension makes no network
// requests at all.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'WII-FM Coach',
    description: "Checks outreach drafts for What's In It For Me and keeps a local follow-up log.",
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
    browser_specific_settings: {
      gecko: { id: 'wiifm-coach@wiifm.local', strict_min_version: '115.0' },
    },
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
      },
    ],
    action: { default_title: "WII-FM Coach: today's follow-ups" },
  },
});
