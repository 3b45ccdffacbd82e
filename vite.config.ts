import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

export const PREVIEW_PORT = Number(process.env.WAYMARK_PORT ?? 4173);

/**
 * The Content-Security-Policy of the built app: no inline or eval script, nothing fetched from
 * another origin; pictures as data: and blob: for avatars and image export. WebSockets may go to
 * any host: a copy served from a static host reaches the room server a person names (or a room
 * link carries), which no build can know. Only in the build: the dev server relies on inline
 * scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: ws: wss:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "waymark-csp",
    apply: "build",
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * Modules that only declare (the domain's pure functions): one is bundled where its exports are
 * used, not wherever the folder's index re-exports it, so the first page does not fetch what only
 * a view opened later uses.
 */
const PURE_MODULES = /[\\/]src[\\/](domain|format)[\\/]/;

/**
 * What every page runs before it can show anything: React, IndexedDB, Yjs, the engine and the
 * store. One chunk, not the half dozen that automatic splitting makes of it (each shared with a
 * different set of views): a single file compresses better and is one request. Reading the rows of
 * a release before the engine happens once per browser and stays out.
 */
const FIRST_PAGE_CORE =
  /node_modules[\\/](react|react-dom|scheduler|dexie|yjs|lib0|zod|immer|zustand)[\\/]|[\\/]src[\\/](engine|store|persistence)[\\/]/;
const LEGACY_ROWS = /[\\/]src[\\/](engine[\\/]migrate-rows|persistence[\\/](load|validate))\.ts$/;

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits until the person chooses to reload ("Update available"), so it
      // never reloads under an edit; the first visit is controlled at once (clientsClaim).
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["favicon.svg", "icons/*.png"],
      manifest: {
        name: "Waymark: customer journey maps",
        short_name: "Waymark",
        description:
          "Map personas' journeys: touchpoints, friction and delight. Works offline, no account.",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#f6f7f9",
        theme_color: "#1d4ed8",
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "icons/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        navigateFallback: "index.html",
        globPatterns: ["**/*.{js,css,html,svg,png,woff2,webmanifest}"],
        // Export's fonts and slide-deck library load late but must work offline too.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      treeshake: { moduleSideEffects: (id: string) => !PURE_MODULES.test(id) },
      output: {
        codeSplitting: {
          groups: [
            {
              name: "core",
              test: (id: string) => FIRST_PAGE_CORE.test(id) && !LEGACY_ROWS.test(id),
            },
          ],
        },
      },
    },
  },
  preview: { port: PREVIEW_PORT, strictPort: true, host: "127.0.0.1" },
  server: { port: 5173, host: "127.0.0.1" },
});
