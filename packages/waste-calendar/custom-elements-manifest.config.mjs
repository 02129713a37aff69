// Custom Elements Manifest from the JSDoc of src/. `packagejson: false`: the analyzer must not
// rewrite package.json (the staleness test runs it with another --outdir).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
};
