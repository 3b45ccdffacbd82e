import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The React Flow page the export benchmark compares with; built into its own folder of
 * dist-bench/ (so it never clobbers the other bench pages) and never shipped.
 */
export default defineConfig({
  root: here,
  base: "./",
  plugins: [react()],
  build: {
    outDir: path.resolve(here, "../../dist-bench/export-baseline"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: path.resolve(here, "export-baseline.html") },
  },
  logLevel: "warn",
});
