// The version printed by --version, taken from package.json at build time
// (the bundler inlines the JSON, so dist/ needs no package.json beside it).
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
