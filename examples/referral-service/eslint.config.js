// The example lints itself as a user's service would: typescript-eslint's type-checked rules and
// Classified's recommended config, with the payout provider approved for payment data.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';

export default defineConfig(
  { ignores: ['dist/**'] },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // The service's own code also follows typescript-eslint's type-checked rules; leaks/ shows only
  // the classification mistakes.
  { files: ['src/**', 'test/**'], extends: [tseslint.configs.recommendedTypeChecked] },
  classified.configs.recommended,
  {
    // Options for Classified rules go where the config applies them: the TypeScript files.
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      '@classified/no-classified-third-party': [
        'error',
        {
          allow: [
            // The approved payout provider: payment data and its own credential, over TLS.
            { host: 'api.payouts.example', maxLevel: 'restricted', categories: ['payment', 'credential'] },
            { host: 'api.payouts.example', maxLevel: 'confidential' },
          ],
        },
      ],
    },
  },
  {
    // Tests hold fake personal data on purpose.
    files: ['test/**'],
    rules: { '@classified/no-classified-literal': 'off' },
  },
);
