// redactor(schema) against fast-redact (the engine inside pino) configured with the equivalent
// paths, on the same data. Both leave the input unchanged: fast-redact redacts in place and
// restores (its `serialize: false` mode plus `restore()`, or its default JSON mode, which restores
// itself); ours builds a copy.
//
//   npm run build && node bench/zod-redactor.mjs [seconds-per-case=1]
import fastRedact from 'fast-redact';
import { z } from 'zod';
import { confidential, internal, pinoRedactPaths, redactor, restricted } from '@classified/zod';

const seconds = Number(process.argv[2] ?? 1);

// Every result is kept in `sink`, so that the engine cannot drop work whose result is unused.
let sink;
function measure(fn) {
  for (let i = 0; i < 2000; i++) sink = fn(); // warm up
  let ops = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < 200; i++) sink = fn();
    ops += 200;
    now = process.hrtime.bigint();
  }
  if (sink === undefined) throw new Error('no result');
  return ops / (Number(now - start) / 1e9);
}

// 1. A flat object of 10 fields, 4 of them classified.
const Flat = z.object({
  id: internal(z.string()),
  email: restricted(z.string(), { category: 'pii' }),
  phone: restricted(z.string(), { category: 'pii' }),
  name: restricted(z.string(), { category: 'pii' }),
  plan: z.string(),
  country: z.string(),
  createdAt: z.string(),
  score: confidential(z.number()),
  active: z.boolean(),
  referrals: z.number(),
});
const flat = {
  id: 'u_1',
  email: 'jane.doe@example.com',
  phone: '+44 20 7946 0958',
  name: 'Jane Doe',
  plan: 'pro',
  country: 'FR',
  createdAt: '2026-11-27T12:00:00Z',
  score: 0.93,
  active: true,
  referrals: 4,
};

// 2. A 3-level nested object.
const Nested = z.object({
  id: internal(z.string()),
  profile: z.object({
    name: restricted(z.string()),
    contact: z.object({ email: restricted(z.string()), phone: restricted(z.string()), preferred: z.string() }),
    locale: z.string(),
  }),
  billing: z.object({
    plan: z.string(),
    card: z.object({ last4: z.string(), token: restricted(z.string()), brand: z.string() }),
  }),
});
const nested = {
  id: 'u_1',
  profile: {
    name: 'Jane Doe',
    contact: { email: 'jane.doe@example.com', phone: '+44 20 7946 0958', preferred: 'email' },
    locale: 'fr-FR',
  },
  billing: { plan: 'pro', card: { last4: '4242', token: 'tok_abc123', brand: 'visa' } },
};

// 3. An array of 100 records.
const Referral = z.object({
  id: internal(z.string()),
  referrerEmail: restricted(z.string()),
  friendEmail: restricted(z.string()),
  status: z.string(),
  rewardCents: confidential(z.number()),
});
const List = z.object({ referrals: z.array(Referral) });
const list = {
  referrals: Array.from({ length: 100 }, (_, i) => ({
    id: `r_${i}`,
    referrerEmail: `ref${i}@example.com`,
    friendEmail: `friend${i}@example.com`,
    status: 'paid',
    rewardCents: 500 + i,
  })),
};

const rows = [];
for (const [name, schema, data] of [
  ['flat, 10 fields', Flat, flat],
  ['nested, 3 levels', Nested, nested],
  ['array of 100 records', List, list],
]) {
  const paths = pinoRedactPaths(schema);
  const ours = redactor(schema);
  const theirsObject = fastRedact({ paths, serialize: false, censor: '[REDACTED]' });
  const theirsJson = fastRedact({ paths, censor: '[REDACTED]' });
  // Same result, input unchanged, before anything is timed.
  const before = JSON.stringify(data);
  const a = JSON.stringify(ours(data));
  const b = JSON.stringify(theirsObject(data));
  theirsObject.restore(data);
  if (a !== b || JSON.stringify(data) !== before || theirsJson(data) !== a)
    throw new Error(`${name}: the two redactors disagree`);

  const objOurs = measure(() => ours(data));
  const objTheirs = measure(() => {
    const out = theirsObject(data);
    // The redacted object is only valid until restore: read it, as a logger would.
    const seen = out.id ?? out.referrals;
    theirsObject.restore(data);
    return seen;
  });
  const jsonOurs = measure(() => JSON.stringify(ours(data)));
  const jsonTheirs = measure(() => theirsJson(data));
  rows.push({ name, paths: paths.length, objOurs, objTheirs, jsonOurs, jsonTheirs });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(11);
console.log(`ops/s, ${seconds}s per case, Node ${process.version}`);
console.log(
  'case                   | object out: redactor | fast-redact+restore | ratio | JSON out: stringify(redactor) | fast-redact | ratio',
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(22)} | ${fmt(r.objOurs)} | ${fmt(r.objTheirs)} | ${(r.objOurs / r.objTheirs).toFixed(2)}x | ${fmt(r.jsonOurs)} | ${fmt(r.jsonTheirs)} | ${(r.jsonOurs / r.jsonTheirs).toFixed(2)}x`,
  );
}
