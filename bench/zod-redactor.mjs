// redactor(schema) against pino's two redaction engines, configured with the equivalent paths
// (pinoRedactPaths), on the same data: fast-redact (pino's former engine) and @pinojs/redact
// (pino's default since late 2025). All leave the input unchanged: fast-redact redacts in place and
// restores (its `serialize: false` mode plus `restore()`, or its default JSON mode, which restores
// itself); @pinojs/redact clones the branches it redacts (its `serialize: false` mode returns that
// clone, with a `restore` function added to it); ours builds a copy.
//
//   npm run build && node bench/zod-redactor.mjs [seconds-per-case=1]
import pinoRedact from '@pinojs/redact';
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
  const pinoObject = pinoRedact({ paths, serialize: false, censor: '[REDACTED]' });
  const pinoJson = pinoRedact({ paths, censor: '[REDACTED]' });
  // Same result, input unchanged, before anything is timed.
  const before = JSON.stringify(data);
  const a = JSON.stringify(ours(data));
  if (a === before) throw new Error(`${name}: nothing was redacted`);
  const check = (engine, output) => {
    if (output !== a) throw new Error(`${name}: redactor and ${engine} give different JSON`);
    if (JSON.stringify(data) !== before) throw new Error(`${name}: ${engine} changed the input`);
  };
  check('redactor', a);
  const b = JSON.stringify(theirsObject(data));
  theirsObject.restore(data);
  check('fast-redact (object + restore)', b);
  check('fast-redact (JSON)', theirsJson(data));
  // @pinojs/redact's object carries a `restore` function, which JSON.stringify leaves out.
  check('@pinojs/redact (object)', JSON.stringify(pinoObject(data)));
  check('@pinojs/redact (JSON)', pinoJson(data));

  const objOurs = measure(() => ours(data));
  const objTheirs = measure(() => {
    const out = theirsObject(data);
    // The redacted object is only valid until restore: read it, as a logger would.
    const seen = out.id ?? out.referrals;
    theirsObject.restore(data);
    return seen;
  });
  // @pinojs/redact's object stays valid (it is a copy): kept whole, like ours.
  const objPino = measure(() => pinoObject(data));
  const jsonOurs = measure(() => JSON.stringify(ours(data)));
  const jsonTheirs = measure(() => theirsJson(data));
  const jsonPino = measure(() => pinoJson(data));
  rows.push({ name, paths: paths.length, objOurs, objTheirs, objPino, jsonOurs, jsonTheirs, jsonPino });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(11);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`.padStart(6);
console.log(`ops/s, ${seconds}s per case, Node ${process.version}; ratio = redactor / that engine`);
console.log(
  'case                   | object out: redactor | fast-redact+restore |  ratio | @pinojs/redact |  ratio | JSON out: stringify(redactor) | fast-redact |  ratio | @pinojs/redact |  ratio',
);
for (const r of rows) {
  console.log(
    [
      r.name.padEnd(22),
      fmt(r.objOurs),
      fmt(r.objTheirs),
      ratio(r.objOurs, r.objTheirs),
      fmt(r.objPino),
      ratio(r.objOurs, r.objPino),
      fmt(r.jsonOurs),
      fmt(r.jsonTheirs),
      ratio(r.jsonOurs, r.jsonTheirs),
      fmt(r.jsonPino),
      ratio(r.jsonOurs, r.jsonPino),
    ].join(' | '),
  );
}
