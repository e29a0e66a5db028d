// reader-tools.js: the outline, read aloud, export, keys, print, reading position and the hidden-items button, loaded
// into the tab once reader view has painted its article (content.js holds only what the first frame needs).
import { readerTools } from '../reader-tools';

globalThis.__clearpageReaderTools ??= readerTools;
