/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

/**
 * antd's form contexts (imported by every Input, Select and popup through ContextIsolator) take only
 * FormProvider from @rc-component/form, but that package's index attaches Field, List, useForm… to
 * its default export at load, so the whole form engine and its validator (~15 KB gzip) shipped with
 * every page. This one import resolves to the module that defines FormProvider, the same module the
 * index re-exports: one context, as before; pages with a Form still load the engine.
 */
function formContextOnly(): Plugin {
  return {
    name: 'antd-form-context-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@rc-component/form' && importer && /node_modules\/antd\/es\/form\/context\.js$/.test(importer)) {
        return this.resolve('@rc-component/form/es/FormContext.js', importer, { skipSelf: true });
      }
      return null;
    },
  };
}

/**
 * Every built script, style sheet and SVG of 1 KB or more also as name.gz, compressed once at the
 * highest level: the server sends these as they are (SpaWebConfig), ~2 % smaller than compressing
 * each response on the fly, and without spending the server's CPU on it.
 */
function precompress(): Plugin {
  return {
    name: 'precompress-assets',
    apply: 'build',
    // after the files are written: Vite still rewrites chunks (preload lists) after generateBundle
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(fileName)) continue;
        const path = join(options.dir!, fileName);
        const content = readFileSync(path);
        if (content.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

// The build goes straight into target/classes/static so that the Maven jar serves it from classpath:/static.
export default defineConfig({
  plugins: [react(), formContextOnly(), precompress()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // antd's rc-component packages declare no "sideEffects" (antd itself does), so Rollup kept modules
      // of theirs that nothing uses (rc-table's virtual table beside the plain one, ~2 KB gzip on the
      // inbox). Their modules only define components and helpers (none is imported for its side effects);
      // a module still keeps all its statements once one of its exports is used.
      treeshake: { moduleSideEffects: (id) => !/node_modules\/@rc-component\//.test(id) },
      output: {
        // antd, its icons and the other libraries are left to Rollup: each route's chunk pulls in only
        // the components it uses (one big antd chunk made every page load all of antd, 373 KB gzip)
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          // bpmn-js and its own dependencies: only the lazily loaded case view needs them
          if (
            /node_modules\/(bpmn-js|bpmn-moddle|diagram-js|diagram-js-direct-editing|@bpmn-io|moddle|moddle-xml|saxen|min-dash|min-dom|tiny-svg|didi|domify|htm|ids|inherits-browser|object-refs|path-intersection|preact)\//.test(id)
          )
            return 'bpmn';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    // tests read the process models (the inbox's role filter is checked against their inboxRole values)
    fs: process.env.VITEST ? { allow: ['.', '../bpmn/src/main/resources/bpmn'] } : undefined,
    proxy: {
      '/api': backend,
      '/camunda': backend,
      '/swagger-ui': backend,
      '/v3/api-docs': backend,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    // Vitest's default, CPU count - 1, is a single worker on the 2-core build machines: at least 2, so that the
    // second core is used whenever the backend's tests beside these leave it free
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // worker threads rather than child processes: each test file's jsdom and imports start faster
    pool: 'threads',
    env: { TZ: 'UTC' },
  },
});
