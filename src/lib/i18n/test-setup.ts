// The unit tests' setup: every language's messages loaded, as the server has them.
import { loadAllCatalogues } from './index';

await loadAllCatalogues();
