import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app: sources in web/, built into dist/web, which the server serves beside the API.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true },
});
