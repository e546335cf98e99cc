import { describe, expect, it } from 'vitest';
import { MODELS } from './helpers.js';
import { typeErrors } from './ruleTester.js';

// The check behind every rule test's "suggestions type-check" case (tests/ruleTester.ts).
describe('type-checking suggestion outputs', () => {
  it('finds the error of the old mask suggestion on an optional value, and none in the new one', () => {
    const [old, now] = typeErrors([
      `import { maskPhone } from '@classified/core';\n${MODELS}console.log(maskPhone(user.phone));`,
      `import { maskPhone } from '@classified/core';\n${MODELS}console.log(user.phone == null ? user.phone : maskPhone(user.phone));`,
    ]);
    expect(old).toHaveLength(1);
    expect(old![0]).toMatch(/^Argument of type '.*undefined' is not assignable to parameter of type 'string'/);
    expect(now).toEqual([]);
  });
});
