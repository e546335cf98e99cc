// `npm run demo`: the core at work on a sample customer record. (Issue 6 grows this into the
// full demo: ESLint findings on the example service and its data inventory.)
import { inspect } from 'node:util';
import {
  createTokenizer,
  declassify,
  maskCard,
  maskEmail,
  maskMiddle,
  maskPhone,
  onDeclassify,
  restricted,
  confidential,
  internal,
  seal,
  unseal,
} from '@classified/core';

const customer = {
  id: internal('cus_1042'),
  name: restricted('Jane Doe', 'pii'),
  email: restricted('jane.doe@example.com', 'pii'),
  phone: restricted('+44 20 7946 0958', 'pii'),
  card: restricted('4242 4242 4242 4242', 'payment'),
  iban: restricted('DE89370400440532013000', 'payment'),
  lifetimeRewardsCents: confidential(12_500),
  apiKey: seal('sk_live_51H8exampleexampleexample', 'partner-api-key'),
};

const audit = [];
const stop = onDeclassify((event) => audit.push(event));
// In production the key comes from a secret store; the demo makes one up.
const tokenize = createTokenizer({ key: 'demo-only-tokenizer-key-0123456789abcdef' });

const heading = (text) => console.log(`\n\x1b[1m${text}\x1b[0m`);

heading('A customer record, as the program holds it (every field classified in its type):');
console.log('  id                    Internal');
console.log('  name, email, phone    Restricted, category pii');
console.log('  card, iban            Restricted, category payment');
console.log('  lifetimeRewardsCents  Confidential');
console.log('  apiKey                Sealed (Restricted, category credential)');

heading('Masked, for logs and support screens:');
console.log(`  email  ${maskEmail(customer.email)}`);
console.log(`  phone  ${maskPhone(customer.phone)}`);
console.log(`  card   ${maskCard(customer.card)}`);
console.log(`  iban   ${maskMiddle(customer.iban, { keepStart: 4, keepEnd: 4 })}`);
console.log(`  name   ${maskMiddle(customer.name, { keepStart: 1, keepEnd: 0 })}`);

heading('Tokenized, for analytics (same person, same token; the email cannot be read back):');
console.log(`  ${tokenize(customer.email)}`);
console.log(`  ${tokenize(customer.email)}`);

heading('Sealed, for credentials (prints as a placeholder everywhere):');
console.log(`  template:       ${String(customer.apiKey)}`);
console.log(`  JSON.stringify: ${JSON.stringify({ apiKey: customer.apiKey })}`);
console.log(`  util.inspect:   ${inspect(customer.apiKey)}`);

heading('Declassified with a reason, at the one boundary that needs the raw value:');
const to = declassify(customer.email, 'Deliver the monthly payout statement by email');
const key = unseal(customer.apiKey, 'Sign the request to the payout provider');
console.log(`  email for the mailer: ${to}`);
console.log(`  api key unsealed:     ${key.length} characters, still Restricted<string, 'credential'> in its type`);

heading('The audit trail (reasons only, never the values):');
for (const event of audit) console.log(`  ${JSON.stringify(event)}`);
stop();
console.log();
