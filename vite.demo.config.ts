import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { legitDemoPlugin } from './demo/vite-plugin.ts';

// `npm start`: the clinic-portal demo (index.html) with the proxy, a mock S2S API and the
// simulated Legit.Health iframe on another origin. Not part of the library build.
export default defineConfig({
  plugins: [react(), legitDemoPlugin()],
  publicDir: 'public',
  server: {
    port: 5173,
    strictPort: false,
    // `localhost`: the portal's origin, distinct from the iframe's 127.0.0.1 origin.
    host: 'localhost',
  },
});
