import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API the dev server forwards to (`npm run dev:web` beside a running `npm start`). */
const api = process.env.DUBAN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;


export default defineConfig({
  base: '/console/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // The libraries in one chunk (cached across releases of the pages): @ant-design/pro-* re-export each other in
    // cycles that Rollup would otherwise split across chunks with a broken execution order. The pages stay one chunk each.
    // ECharts (and its renderer zrender) only on the dashboard's route: its own chunk, out of the first load.
    rollupOptions: { output: { manualChunks: (id: string) => (/\/node_modules\/(echarts|zrender|echarts-for-react)\//.test(id) ? 'charts' : id.includes('/node_modules/') ? 'vendor' : undefined) } },
  },
  server: {
    port: Number(process.env.DUBAN_WEB_PORT ?? 5173),
    // Everything but /console/ (this app, with Vite's own files under the base) is the API's: one origin, as in production.
    proxy: { '^/(?!console(/|$))': { target: api } },
  },
});
