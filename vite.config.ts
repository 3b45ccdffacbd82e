import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export const PREVIEW_PORT = Number(process.env.WAYMARK_PORT ?? 4173);

export default defineConfig({
  plugins: [react()],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  preview: { port: PREVIEW_PORT, strictPort: true, host: "127.0.0.1" },
  server: { port: 5173, host: "127.0.0.1" },
});
