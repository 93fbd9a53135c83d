// ESM TypeScript under jest: ts-jest transpiles (type checking is `npm run lint`),
// and the `.js` suffixes NodeNext requires in imports are mapped back to the `.ts` sources.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testTimeout: 30000,
  // Stryker's sandboxes hold a copy of the project (package.json included) while it runs.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};
