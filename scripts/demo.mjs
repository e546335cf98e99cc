// `npm run demo`: Classified at work on the example referral service, and next to it the NestJS service.
//  1. ESLint with the plugin over examples/referral-service/leaks: the classic mistakes, by rule.
//  2. The same over src/: the right way at each boundary, clean.
//  3. The service's data inventory, from its zod models.
//  4. The runtime helpers on a sample record: masked, tokenized, sealed, declassified with a reason.
//  5. The data map: `classified flows` on the service, and its HTML report written to a file.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { createTokenizer, declassify, maskEmail, maskMiddle, onDeclassify, restricted, seal } from '@classified/core';
import { inventoryMarkdown } from '@classified/zod';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/referral-service');
const tty = process.stdout.isTTY;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[0m` : s);
const red = (s) => (tty ? `\x1b[31m${s}\x1b[0m` : s);
const green = (s) => (tty ? `\x1b[32m${s}\x1b[0m` : s);
const heading = (s) => console.log(`\n${bold(s)}\n${'─'.repeat(Math.min(s.length, 100))}`);

const eslint = new ESLint({ cwd: example });

heading('1. The classic mistakes in examples/referral-service/leaks/, found by type');
const leaks = await eslint.lintFiles(['leaks']);
const byRule = new Map();
for (const result of leaks) {
  for (const m of result.messages) {
    const list = byRule.get(m.ruleId) ?? [];
    list.push({ where: `${path.relative(example, result.filePath)}:${m.line}:${m.column}`, message: m.message });
    byRule.set(m.ruleId, list);
  }
}
let total = 0;
for (const [rule, list] of [...byRule].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) {
  console.log(`\n${red(rule)} (${list.length})`);
  for (const f of list) console.log(`  ${dim(f.where)}\n    ${f.message}`);
  total += list.length;
}
console.log(`\n${total} finding(s) in ${leaks.length} files.`);

heading('2. The service itself (examples/referral-service/src/), linted with the same config');
const src = await eslint.lintFiles(['src']);
const srcFindings = src.reduce((n, r) => n + r.messages.length, 0);
if (srcFindings === 0) {
  console.log(green(`✔ ${src.length} files, no findings.`));
  console.log('  Masked values in logs, redacted responses, tokenized ids to analytics, the payout provider');
  console.log("  approved for 'payment' data in `allow`, one declassify with a reason at the mail boundary.");
} else {
  for (const r of src)
    for (const m of r.messages)
      console.log(`  ${path.relative(example, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`);
  process.exitCode = 1;
}

heading('3. The data inventory (from the zod models: inventoryMarkdown({ User, Referral, Payout, Partner }))');
const { models } = await import(path.join(example, 'dist/models.js'));
console.log(inventoryMarkdown(models));

heading('4. At runtime: a sample record');
const audit = [];
const stop = onDeclassify((event) => audit.push(event));
const email = restricted('jane.doe@example.com', 'pii');
const iban = restricted('DE89370400440532013000', 'payment');
const apiKey = seal('pk_live_4f9a8b7c6d5e4f3a2b1c', 'payout-api-key');
const tokenize = createTokenizer({ key: 'demo-only-tokenizer-key-0123456789abcdef' });
console.log(`  masked email     ${maskEmail(email)}`);
console.log(`  masked IBAN      ${maskMiddle(iban, { keepStart: 4, keepEnd: 4 })}`);
console.log(`  analytics token  ${tokenize(email)}`);
console.log(`  sealed API key   ${String(apiKey)}   JSON: ${JSON.stringify({ apiKey })}`);
const to = declassify(email, 'Deliver the invitation the referrer asked us to send');
console.log(`  declassified     ${to}  (for the mailer only)`);
console.log(`  audit trail      ${JSON.stringify(audit)}`);
stop();

heading('5. The NestJS service (examples/nestjs-service): decorated classes, typed config, mail, JWT, LLM');
const nest = path.join(root, 'examples/nestjs-service');
const nestLint = new ESLint({ cwd: nest });
const nestLeaks = await nestLint.lintFiles(['leaks']);
for (const result of nestLeaks) {
  for (const m of result.messages)
    console.log(
      `  ${dim(`${path.relative(nest, result.filePath)}:${m.line}`)} ${red(m.ruleId ?? 'fatal')}\n    ${m.message}`,
    );
}
const nestSrc = await nestLint.lintFiles(['src']);
const nestFindings = nestSrc.reduce((n, r) => n + r.messages.length, 0);
if (nestFindings === 0) {
  console.log(green(`\n✔ src/: ${nestSrc.length} files, no findings.`));
  console.log(
    "  Restricted.String<'pii'> on the TypeORM entity and DTOs (same design:type), @Exclude() on the hash with",
  );
  console.log(
    '  ClassSerializerInterceptor, ids only in the JWT, the mail relay approved for PII in `allow`, typed config.',
  );
} else {
  for (const r of nestSrc)
    for (const m of r.messages) console.log(`  ${path.relative(nest, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`);
  process.exitCode = 1;
}

heading('6. The data map: where classified data goes (classified flows), and the HTML report');
const cli = path.join(root, 'packages/eslint-plugin/dist/cli/classified.js');
const flows = JSON.parse(
  execFileSync(process.execPath, [cli, 'flows', '--project', 'tsconfig.build.json', '--format', 'json'], {
    cwd: example,
    encoding: 'utf8',
  }),
);
const routine = (x) => x.level === 'internal' && x.why.startsWith('at or below');
for (const f of flows.flows.filter((x) => !routine(x))) {
  const to = f.recipient ? ` → ${f.recipient}` : '';
  const outcome = f.outcome === 'passes' ? green(f.why) : red(f.why);
  console.log(
    `  ${dim(`${f.file}:${f.line}`)} ${f.kind} ${f.sink}${to}  ${f.path} (${f.level}${f.categories.length ? `, ${f.categories.join(', ')}` : ''})  ${outcome}`,
  );
}
const internalOnly = flows.flows.filter(routine).length;
console.log(dim(`  … and ${internalOnly} flow(s) of Internal data at or below the sink's level.`));
const report = path.join(root, 'classified-report.html');
execFileSync(process.execPath, [cli, 'report', '--project', 'tsconfig.build.json', '--output', report], {
  cwd: example,
  stdio: ['ignore', 'ignore', 'ignore'],
});
console.log(`\n${bold('The report of the example service:')} ${report}`);
console.log(
  dim(
    '  One self-contained HTML file: inventory, the flows as a picture, recipients, exceptions. Open it in a browser.',
  ),
);
console.log(`\nNext: ${dim('npm test')} runs every check; docs/getting-started.md shows how to adopt it.`);
