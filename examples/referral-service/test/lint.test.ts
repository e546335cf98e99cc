import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

async function findings(pattern: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles([pattern]);
  return results
    .flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId ?? 'fatal'}`))
    .sort();
}

describe('the example service', () => {
  it('reports exactly the classic mistakes in leaks/, no more, no fewer', async () => {
    expect(await findings('leaks')).toEqual([
      'leaks/01-log-whole-user.ts:9 @classified/no-classified-logging',
      'leaks/02-email-in-log-line.ts:8 @classified/no-classified-logging',
      'leaks/03-email-in-error.ts:6 @classified/no-classified-in-error',
      'leaks/04-identify-with-email.ts:8 @classified/no-classified-third-party',
      // The rows reach two export sinks: the CSV writer and the file.
      'leaks/05-csv-export.ts:8 @classified/no-classified-export',
      'leaks/05-csv-export.ts:8 @classified/no-classified-export',
      'leaks/06-api-key-in-source.ts:4 @classified/no-classified-literal',
      'leaks/07-payout-over-http.ts:6 @classified/require-secure-transport',
      'leaks/08-cast-to-string.ts:7 @classified/no-classification-cast',
      'leaks/09-log-event-wrapper.ts:13 @classified/no-classified-logging',
    ]);
  });

  it('lints clean in src/ under the recommended config', async () => {
    expect(await findings('src')).toEqual([]);
  });
});
