// Secrets come from the environment (a secret store in production) straight into sealed boxes:
// they print as <sealed:label> wherever they end up.
import { seal, type Sealed } from '@classified/core';

export interface Config {
  readonly port: number;
  readonly payoutBaseUrl: string;
  readonly payoutApiKey: Sealed<string>;
  readonly segmentWriteKey: Sealed<string>;
  readonly tokenKey: Sealed<string>;
}

/** Reads the configuration; a missing variable is an error that names it (never its value). */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const need = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === '') throw new Error(`Missing environment variable ${name}`);
    return value;
  };
  return {
    port: Number(env.PORT ?? 3000),
    payoutBaseUrl: env.PAYOUT_BASE_URL ?? 'https://api.payouts.example',
    payoutApiKey: seal(need('PAYOUT_API_KEY'), 'payout-api-key'),
    segmentWriteKey: seal(need('SEGMENT_WRITE_KEY'), 'segment-write-key'),
    tokenKey: seal(need('TOKEN_KEY'), 'token-key'),
  };
}
