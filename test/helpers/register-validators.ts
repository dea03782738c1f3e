// Tests build profiles in code with malformed extensions and expect the families' Chinese messages:
// register the extension validators as parseProfile does in the products whenever a profile comes
// from outside (see src/core/extensions.ts). test/unit/zod-off-startup.test.ts checks the path
// without them (shipped data, and that the engine loads without zod).
import '../../src/core/profiles/parse';
