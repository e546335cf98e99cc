// The example lints itself as a user's NestJS service would: typescript-eslint's type-checked rules
// and Classified's recommended config (which includes no-metadata-changing-annotation).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';

export default defineConfig(
  // The checked-in Prisma output is generated code, linted by no one in a real project.
  { ignores: ['dist/**', '.tmp/**', 'test/recipes/prisma-client/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['src/**', 'test/**'], extends: [tseslint.configs.recommendedTypeChecked] },
  classified.configs.recommended,
  {
    rules: {
      // The approved mail relay receives the recipient's address (PII), nothing else above Internal.
      '@classified/no-classified-third-party': [
        'error',
        { allow: [{ from: 'package', package: 'nodemailer', maxLevel: 'restricted', categories: ['pii'] }] },
      ],
    },
  },
  {
    // Tests hold fake personal data on purpose; the generic-alias fixtures show the mistake on purpose.
    files: ['test/**'],
    rules: { '@classified/no-classified-literal': 'off' },
  },
  { files: ['test/metadata/generic*.ts'], rules: { '@classified/no-metadata-changing-annotation': 'off' } },
);
