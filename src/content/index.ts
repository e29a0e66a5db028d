import { createReader } from './reader';

// Injected on demand; a second injection into the same tab reuses the first reader.
globalThis.__clearpage ??= createReader();
