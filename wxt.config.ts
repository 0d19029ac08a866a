import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * zod runs jitless here (lib/zod.ts), so its two `Function` constructor calls
 * (the eval probe and the JIT compiler) are never reached. They are cut from
 * the bundles all the same, so no bundle holds an eval for a store's review or
 * `web-ext lint` to flag. The build fails if zod's code no longer matches, so
 * an upgrade cannot quietly bring them back.
 */
function zodWithoutEval(): Plugin {
  const files = /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/;
  return {
    name: 'wiifm:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!files.test(id)) return null;
      const cut = code.replaceAll(
        'const F = Function;',
        'const F = null; // cut: zod runs jitless',
      );
      if (cut === code)
        throw new Error(`zod's Function call not found in ${id}: update wxt.config.ts`);
      return { code: cut, map: null };
    },
  };
}

const SITES = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];

// Least privilege: storage for settings, alarms for the midnight badge refresh,
// unlimitedStorage so the browser never evicts the touch log under disk
// pressure (Chrome exempts such an extension's storage from eviction and does
// not grant navigator.storage.persist() to extension pages; Firefox grants the
// persistent-storage permission with it: lib/db/persist.ts).
// No host permissions: the content scripts' `matches` are all the two sites
// need (Chrome injects declared content scripts without a host grant, and
// nothing else here touches a site: no network requests, no injection, no
// cookies). No `tabs`: `tabs.create` (the popup's compose link) and
// `tabs.onRemoved` work without it. WXT turns `action` and
// `web_accessible_resources` into their MV2 forms for the Firefox build.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [zodWithoutEval()] }),
  manifest: ({ browser }) => ({
    name: 'WII-FM Coach',
    description: "Checks outreach drafts for What's In It For Me and keeps a local follow-up log.",
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Firefox needs a stable id for storage and IndexedDB to survive updates;
    // Chrome warns about the unknown key, so only Firefox gets it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wiifm-coach@wiifm.local',
              // 140 (ESR): the first Firefox that knows data_collection_permissions,
              // which addons.mozilla.org requires since 2025-11 (127 and older
              // refuse to install a manifest with it), and the first with
              // CSS.highlights, which marks the flagged words in a draft.
              strict_min_version: '140.0',
              // Nothing leaves the machine: the touch log stays in IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // The sidebar is the only page a site may frame, and only the two sites.
    // Not `use_dynamic_url`: in Chromium 156 (seen 2026-12-08, the harness in
    // tests/e2e) runtime.getURL does give the per-session dynamic address, but
    // a frame navigated to it fails to load (chrome-error), with or without
    // request interception, so the sidebar would never show. What a framing
    // page could gain is shut off instead by the sidebar itself: it shows
    // nothing until the background confirms its secret (lib/session/sidebarSecrets.ts).
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: SITES }],
    action: { default_title: "WII-FM Coach: today's follow-ups" },
  }),
});
