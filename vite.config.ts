import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressWebBuild } from './src/http/precompress.js';

/** Brotli and gzip copies of the build's text files, which the server sends as the browser accepts. */
const precompress = (): Plugin => ({
  name: 'balai-precompress',
  apply: 'build',
  writeBundle(options) {
    if (options.dir) precompressWebBuild(options.dir);
  },
});

// The web app: sources in web/, built into dist/web, which the server serves beside the API.
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: { outDir: '../dist/web', emptyOutDir: true },
});
