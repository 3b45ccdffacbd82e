import { defineConfig } from "vite";

/** Builds the room server (src/server) for Node: its packages stay in node_modules. */
export default defineConfig({
  build: {
    ssr: "src/server/main.ts",
    outDir: "dist-server",
    emptyOutDir: true,
    target: "node20",
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: "main.js", format: "es" } },
  },
});
