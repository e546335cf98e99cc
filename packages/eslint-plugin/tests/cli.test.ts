import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/cli/classified.js');
const project = path.join(root, 'tests/fixtures/datamap-project');
const referral = path.join(root, '../../examples/referral-service');

// Each case runs the real command: a TypeScript program and the user's ESLint config, loaded anew.
// `npm test` runs every package's tests at once on two cores: give them time.
vi.setConfig({ testTimeout: 300_000 });

/** Runs the built command, as a user would. */
function run(args: string[], cwd = project) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

describe('classified flows', () => {
  it('lists every flow as Markdown, allowed ones included, with the summary by category and recipient', () => {
    const result = run(['flows']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '# Data flows',
      '',
      'Project: `tsconfig.json`. 4 flow(s), 1 blocked.',
      '',
      '| Where | Kind | Sink → recipient | Data | Path | Outcome |',
      '| --- | --- | --- | --- | --- | --- |',
      '| src/service.ts:6 | logging | `console.log()` | restricted (pii) | `customer.email` | masked |',
      '| src/service.ts:7 | logging | `console.log()` | restricted (pii) | `customer.email` | **blocked: no-classified-logging** |',
      '| src/service.ts:8 | third-party | `axios.post()` → api.payouts.example | restricted (payment) | `customer.iban` | approved recipient api.payouts.example for payment |',
      '| src/service.ts:9 | third-party | `axios.post()` → crm.example.com | restricted (pii) | `customer.email` | declassified: "The CRM sends the welcome mail" |',
      '',
      '## By category and recipient',
      '',
      '| Category | Recipient | Kind | Passes | Blocked |',
      '| --- | --- | --- | ---: | ---: |',
      '| payment | api.payouts.example | third-party | 1 | 0 |',
      '| pii | console.log() | logging | 1 | 1 |',
      '| pii | crm.example.com | third-party | 1 | 0 |',
      '',
    ]);
  });

  it('gives the same flows as CSV, and exits 1 with --fail-on-blocked', () => {
    const result = run(['flows', '--format', 'csv', '--fail-on-blocked']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('classified flows: 1 flow(s) blocked by the sink rules.\n');
    expect(result.stdout.split('\r\n')).toEqual([
      'file,line,column,kind,rule,sink,via,recipient,level,categories,path,outcome,why',
      'src/service.ts,6,28,logging,no-classified-logging,console.log(),,,restricted,pii,customer.email,passes,masked',
      'src/service.ts,7,27,logging,no-classified-logging,console.log(),,,restricted,pii,customer.email,fails,blocked: no-classified-logging',
      'src/service.ts,8,63,third-party,no-classified-third-party,axios.post(),,api.payouts.example,restricted,payment,customer.iban,passes,approved recipient api.payouts.example for payment',
      'src/service.ts,9,53,third-party,no-classified-third-party,axios.post(),,crm.example.com,restricted,pii,customer.email,passes,"declassified: ""The CRM sends the welcome mail"""',
      '',
    ]);
  });

  it('lists the flows of the example service exactly, as JSON written to --output', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'classified-')), 'flows.json');
    const result = run(['flows', '--project', 'tsconfig.build.json', '--format', 'json', '--output', out], referral);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const flows = (JSON.parse(readFileSync(out, 'utf8')) as { flows: Array<Record<string, unknown>> }).flows;
    const rows = flows.map(
      (f) =>
        `${String(f.file)}:${String(f.line)} ${String(f.kind)} ${String(f.sink)}${typeof f.recipient === 'string' ? ` → ${f.recipient}` : ''} ${String(f.path)} ${String(f.level)}(${(f.categories as string[]).join(',')}) ${String(f.why)}`,
    );
    expect(rows).toEqual([
      // Tokenized analytics ids.
      'src/analytics.ts:24 third-party analytics.identify() user.id internal() tokenized',
      'src/analytics.ts:24 third-party analytics.identify() user.createdAt internal() at or below maxLevel (internal)',
      'src/analytics.ts:25 third-party analytics.track() user.id internal() tokenized',
      'src/analytics.ts:28 third-party analytics.track() user.id internal() tokenized',
      // The masked log line, through the service's own logEvent() wrapper.
      'src/app.ts:43 logging logger.info() user.email restricted(pii) masked',
      'src/app.ts:43 logging logger.info() user.id internal() at or below maxLevel (confidential)',
      'src/app.ts:45 export res.status(201).json() redactUser(user).id internal() at or below maxLevel (confidential)',
      'src/app.ts:45 export res.status(201).json() redactUser(user).name internal(masked) at or below maxLevel (confidential)',
      'src/app.ts:45 export res.status(201).json() redactUser(user).email internal(masked) at or below maxLevel (confidential)',
      'src/app.ts:45 export res.status(201).json() redactUser(user).createdAt internal() at or below maxLevel (confidential)',
      'src/app.ts:45 export res.status(201).json() redactUser(user).phone internal(masked) at or below maxLevel (confidential)',
      'src/app.ts:58 logging logger.info() referral.id internal() at or below maxLevel (confidential)',
      'src/app.ts:58 logging logger.info() referrer.id internal() at or below maxLevel (confidential)',
      'src/app.ts:60 export res.status(201).json() referral.id internal() at or below maxLevel (confidential)',
      'src/app.ts:72 logging logger.info() payout.id internal() at or below maxLevel (confidential)',
      'src/app.ts:73 export res.status(202).json() payout.id internal() at or below maxLevel (confidential)',
      'src/app.ts:85 logging logger.info() partner.id internal() at or below maxLevel (confidential)',
      'src/app.ts:85 logging logger.info() user.id internal() at or below maxLevel (confidential)',
      'src/app.ts:86 export res.json() redactUser(user).id internal() at or below maxLevel (confidential)',
      'src/app.ts:86 export res.json() redactUser(user).name internal(masked) at or below maxLevel (confidential)',
      'src/app.ts:86 export res.json() redactUser(user).email internal(masked) at or below maxLevel (confidential)',
      'src/app.ts:86 export res.json() redactUser(user).createdAt internal() at or below maxLevel (confidential)',
      'src/app.ts:86 export res.json() redactUser(user).phone internal(masked) at or below maxLevel (confidential)',
      // The declassified mail address, through the mailer's default `post`.
      'src/mailer.ts:17 third-party axios.post() → mail.example.com referral.friendEmail restricted(pii) declassified: "Deliver the invitation the referrer asked us to send"',
      'src/mailer.ts:17 third-party axios.post() → mail.example.com referral.id internal() at or below maxLevel (internal)',
      'src/mailer.ts:17 third-party axios.post() → mail.example.com referrer.id internal() at or below maxLevel (internal)',
      // The approved payout provider: its credential and the payment data.
      "src/payouts.ts:14 third-party axios.create() → api.payouts.example unseal(apiKey, 'Authenticate to the payout provider') restricted(credential) approved recipient api.payouts.example for credential",
      'src/payouts.ts:20 third-party http.post() → api.payouts.example payout.method.iban restricted(payment) approved recipient api.payouts.example for payment',
      'src/payouts.ts:20 third-party http.post() → api.payouts.example payout.method.card restricted(payment) approved recipient api.payouts.example for payment',
      'src/payouts.ts:20 third-party http.post() → api.payouts.example payout.amountCents confidential() approved recipient api.payouts.example',
      'src/payouts.ts:20 third-party http.post() → api.payouts.example payout.id internal() at or below maxLevel (internal)',
    ]);
  });
});

describe('classified inventory', () => {
  it('lists every classified field from the types, with zod metadata, as Markdown', () => {
    const result = run(['inventory']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '# Data inventory',
      '',
      'Project: `tsconfig.json`. 9 classified field(s), read from the types.',
      '',
      '| Type | Field | Level | Category | Mask | Retention | Description | Where |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| Customer | `id` | internal |  |  |  |  | src/models.ts:6 (interface) |',
      '| Customer | `email` | restricted | pii |  |  |  | src/models.ts:7 (interface) |',
      '| Customer | `iban` | restricted | payment |  |  |  | src/models.ts:8 (interface) |',
      '| Invoice | `customerId` | internal |  |  |  |  | src/models.ts:12 (type) |',
      '| Invoice | `totalCents` | confidential |  |  |  |  | src/models.ts:12 (type) |',
      '| Session | `token` | restricted | credential |  |  |  | src/models.ts:15 (class) |',
      '| Lead | `id` | internal |  |  |  |  | src/models.ts:20 (zod) |',
      '| Lead | `email` | restricted | pii | email | P90D | Who asked for the demo | src/models.ts:21 (zod) |',
      '| Lead | `budget` | confidential |  |  | P1Y |  | src/models.ts:22 (zod) |',
      '',
    ]);
  });

  it('gives the inventory as JSON and CSV', () => {
    const json = run(['inventory', '--format', 'json']);
    expect(json.status).toBe(0);
    const fields = (JSON.parse(json.stdout) as { fields: Array<Record<string, unknown>> }).fields;
    expect(fields).toHaveLength(9);
    expect(fields[7]).toEqual({
      type: 'Lead',
      field: 'email',
      level: 'restricted',
      categories: ['pii'],
      source: 'zod',
      file: 'src/models.ts',
      line: 21,
      mask: 'email',
      retention: 'P90D',
      description: 'Who asked for the demo',
    });
    const csv = run(['inventory', '--format', 'csv']);
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual([
      'type,field,level,categories,source,file,line,mask,retention,description',
      'Customer,id,internal,,interface,src/models.ts,6,,,',
      'Customer,email,restricted,pii,interface,src/models.ts,7,,,',
    ]);
  });

  it('reads the example service’s zod models with their metadata', () => {
    const result = run(['inventory', '--project', 'tsconfig.build.json', '--format', 'json'], referral);
    const fields = (
      JSON.parse(result.stdout) as {
        fields: Array<{
          type: string;
          field: string;
          level: string;
          categories: string[];
          mask?: string;
          retention?: string;
        }>;
      }
    ).fields;
    const byName = fields
      .filter((f) => ['PayoutMethod', 'Payout', 'Partner', 'Store', 'Deps'].includes(f.type))
      .map((f) => `${f.type}.${f.field} ${f.level}(${f.categories.join(',')}) ${f.mask ?? '-'} ${f.retention ?? '-'}`);
    // Store and Deps hold those models: their fields are listed under the models, not again.
    expect(byName).toEqual([
      'PayoutMethod.iban restricted(payment) middle P7Y',
      'PayoutMethod.card restricted(payment) card P7Y',
      'Payout.id internal() - -',
      'Payout.userId internal() - -',
      'Payout.amountCents confidential() - P7Y',
      // The payout method's metadata is written in PayoutMethod, and listed there.
      'Payout.method.iban restricted(payment) - -',
      'Payout.method.card restricted(payment) - -',
      'Partner.id internal() - -',
      'Partner.name confidential() - -',
      'Partner.apiKeyHash restricted(credential) redact -',
    ]);
  });
});

describe('classified exceptions', () => {
  it('is the register, as CSV too', () => {
    const result = run(['exceptions', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'file,line,column,kind,level,categories,to,rules,reason,reasonStatus,code\r\n' +
        'src/service.ts,9,62,declassify,restricted,pii,,,The CRM sends the welcome mail,ok,"declassify(customer.email, \'The CRM sends the welcome mail\')"\r\n',
    );
  });
});

describe('usage and project errors', () => {
  it.each([
    [['flows', '--format', 'xml'], 'classified flows: --format must be markdown, json, csv; got xml.\n'],
    [
      ['inventory', '--project', 'missing.json'],
      `classified inventory: no tsconfig at ${path.join(project, 'missing.json')}. Pass --project path/to/tsconfig.json.\n`,
    ],
    [['report'], 'classified report: report needs --output, the HTML file to write (report.html).\n'],
    [['inventory', '--fail-on-blocked'], 'classified inventory: --fail-on-blocked belongs to `classified flows`.\n'],
  ])('%j exits 2: %s', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(message);
  });

  it('names an unknown command and prints the usage', () => {
    const result = run(['map']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('classified: unknown command "map".');
    expect(result.stderr).toContain('Usage: classified <command>');
  });
});
