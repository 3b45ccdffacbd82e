import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * Pages that exist only for `npm run bench`, built from the same sources into dist-bench/:
 * a bare React Flow page (the baseline the canvas is compared with) and the store and storage
 * micro-benchmarks, which run the app's own modules against Chromium's real IndexedDB.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, "../../dist-bench"),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      input: {
        "baseline-flow": resolve(import.meta.dirname, "baseline-flow.html"),
        store: resolve(import.meta.dirname, "store.html"),
      },
    },
  },
  logLevel: "warn",
});
