/**
 * Jest compiles TypeScript with ts-jest in transpile-only mode (isolatedModules); type checking is
 * `npm run typecheck`. Pure-JS tooling on purpose: the registry mirror this project installs from
 * lacks some platforms' native binaries (SWC, unrs-resolver), which makes `npm ci` refuse a lock file
 * that mentions them.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/'],
      setupFiles: ['<rootDir>/test/helpers/register-validators.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      // The pane's component tests (React + Fluent UI in jsdom).
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/pane'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/helpers/register-validators.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/pane/setup.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      // The standalone page in Debian's chromium (playwright-core), against the production web build.
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
