import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The React Flow baseline page for the export benchmark; built into dist-bench/, never shipped. */
export default defineConfig({
  root: here,
  base: "./",
  plugins: [react()],
  build: {
    outDir: path.resolve(here, "../../dist-bench"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
  },
  logLevel: "warn",
});
