import { defineConfig } from 'wxt';

const SITES = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];

// Least privilege: the two sites we coach on, storage for settings, alarms for
// the midnight badge refresh. No other hosts: the extension makes no network
// requests at all. No `tabs`: `tabs.create` (the popup's compose link) works
// without it. WXT turns `action`, `host_permissions` and
// `web_accessible_resources` into their MV2 forms for the Firefox build.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'WII-FM Coach',
    description: "Checks outreach drafts for What's In It For Me and keeps a local follow-up log.",
    permissions: ['storage', 'alarms'],
    host_permissions: SITES,
    // Firefox needs a stable id for storage and IndexedDB to survive updates;
    // Chrome warns about the unknown key, so only Firefox gets it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wiifm-coach@wiifm.local',
              strict_min_version: '115.0',
              // Nothing leaves the machine: the touch log stays in IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: SITES }],
    action: { default_title: "WII-FM Coach: today's follow-ups" },
  }),
});
