import { vi } from 'vitest';

// Workers keep one module cache across files (isolate: false in vitest.config.ts). A file that mocks a module, such as
// `src/shared/browser`, must not get our modules bound to the mock of a file that ran before it in the same worker, so
// each file starts with our modules unloaded; packages (jsdom, DOMPurify, Readability) stay loaded.
vi.resetModules();
