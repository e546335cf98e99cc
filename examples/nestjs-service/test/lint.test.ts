// The service lints clean under the recommended config, and leaks/ holds the mistakes NestJS
// services make, each found by the rule that owns it.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

async function findings(pattern: string, overrideConfig?: ESLint.Options['overrideConfig']): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, ...(overrideConfig && { overrideConfig }) });
  const results = await eslint.lintFiles([pattern]);
  return results
    .flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId ?? 'fatal'}`))
    .sort();
}

describe('the NestJS example', () => {
  it('reports exactly the mistakes in leaks/, no more, no fewer', async () => {
    expect(await findings('leaks')).toEqual([
      'leaks/01-pii-in-jwt.ts:6 @classified/no-classified-export',
      'leaks/02-log-wrapper-param-prop.ts:8 @classified/no-classified-logging',
      'leaks/03-controller-returns-entity.ts:13 @classified/no-classified-export',
      'leaks/04-secret-in-url.ts:6 @classified/no-classified-third-party',
      'leaks/05-llm-prompt-with-email.ts:8 @classified/no-classified-third-party',
      'leaks/06-generic-alias-on-entity.ts:8 @classified/no-metadata-changing-annotation',
      'leaks/07-config-inferred-secret.ts:10 @classified/no-classification-cast',
    ]);
  });

  it('lints clean in src/ under the recommended config', async () => {
    expect(await findings('src')).toEqual([]);
  });

  it('no-metadata-changing-annotation reports the generic-alias fixtures on the lines whose compiled metadata changes', async () => {
    // test/metadata.test.ts shows what the compiler emits for these lines: Object instead of
    // String/Number/Boolean/Date. Lines with `| null` and arrays emit the same either way.
    const rule = { rules: { '@classified/no-metadata-changing-annotation': 'error' as const } };
    const lines = (await findings('test/metadata/generic*.ts', rule)).filter((f) =>
      f.endsWith('no-metadata-changing-annotation'),
    );
    expect(lines).toEqual(
      [
        ...[13, 15, 16, 17, 18, 20].map((l) => `test/metadata/generic.ts:${l}`),
        ...[25, 26, 27, 28, 29, 30].map((l) => `test/metadata/generic.ts:${l}`),
        'test/metadata/generic.ts:36',
        ...[8, 9, 10, 11].map((l) => `test/metadata/generic-mongoose.ts:${l}`),
      ]
        .map((f) => `${f} @classified/no-metadata-changing-annotation`)
        .sort(),
    );
  });
});
