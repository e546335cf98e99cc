import * as path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-metadata-changing-annotation.js';
import { fixtures, typedRuleTester } from '../ruleTester.js';

// The decorators fixture compiles with `experimentalDecorators` and `emitDecoratorMetadata`.
const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixtures, 'decorators') } },
});
const H = `import { Restricted, Confidential } from '@classified/core';\nimport { Body, Column, Entity, Get } from './decorators.js';\n`;
const HT = `import type { Restricted } from '@classified/core';\nimport { Column } from './decorators.js';\n`;
const fix = (replacement: string, value = false) =>
  `Write \`${replacement}\`${value ? ', imported as a value (not `import type`)' : ''}, which keeps it.`;

ruleTester.run('no-metadata-changing-annotation', rule, {
  valid: [
    // The per-shape aliases keep String, Number, Boolean and Date.
    H +
      `class User {\n  @Column() email!: Restricted.String<'pii'>;\n  @Column() phone?: Restricted.String<'pii'>;\n  @Column() score!: Confidential.Number;\n  @Column() verified!: Restricted.Boolean<'pii'>;\n  @Column() born!: Restricted.Date<'pii'>;\n}`,
    // `| null` writes Object with or without the brand (TypeORM needs `type` there either way).
    H + `class User {\n  @Column({ type: 'varchar', nullable: true }) phone!: Restricted<string, 'pii'> | null;\n}`,
    // Arrays write Array either way.
    H + `class User {\n  @Column() emails!: Restricted<string, 'pii'>[];\n}`,
    // A non-generic alias of a primitive writes its primitive.
    H + `type Email = Restricted<string, 'pii'>;\nclass User {\n  @Column() email!: Email;\n}`,
    // Undecorated members emit no metadata.
    H + `class User {\n  email!: Restricted<string, 'pii'>;\n  m(x: Restricted<string, 'pii'>) { return x; }\n}`,
    // Unclassified decorated members.
    H + `class User {\n  @Column() email!: string;\n}`,
    H + `@Entity()\nclass Service {\n  constructor(private readonly key: Restricted.String<'credential'>) {}\n}`,
  ],
  invalid: [
    {
      code:
        `import { Restricted, Confidential } from '@classified/core';\n` +
        `import { Body, Column, Entity, Get } from './decorators.js';\n` +
        `class User {\n` +
        `  @Column() email!: Restricted<string, 'pii'>;\n` +
        `}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 4,
          column: 21,
          data: {
            annotation: `Restricted<string, 'pii'>`,
            actual: 'Object',
            plain: 'String',
            what: 'property',
            key: 'design:type',
            fix: "Write `Restricted.String<'pii'>`, which keeps it.",
          },
          suggestions: [
            {
              messageId: 'suggestShape',
              data: { replacement: `Restricted.String<'pii'>` },
              output:
                `import { Restricted, Confidential } from '@classified/core';\n` +
                `import { Body, Column, Entity, Get } from './decorators.js';\n` +
                `class User {\n` +
                `  @Column() email!: Restricted.String<'pii'>;\n` +
                `}`,
            },
          ],
        },
      ],
    },
    {
      // Optional: the `?` is not part of the annotation, so `String` became `Object`.
      code: H + `class User {\n  @Column() score?: Confidential<number>;\n}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 4,
          column: 21,
          data: {
            annotation: 'Confidential<number>',
            actual: 'Object',
            plain: 'Number',
            what: 'property',
            key: 'design:type',
            fix: fix('Confidential.Number'),
          },
          suggestions: [
            {
              messageId: 'suggestShape',
              data: { replacement: 'Confidential.Number' },
              output: H + `class User {\n  @Column() score?: Confidential.Number;\n}`,
            },
          ],
        },
      ],
    },
    {
      code: H + `class User {\n  @Column() born!: Restricted<Date, 'pii'>;\n}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 4,
          column: 20,
          data: {
            annotation: `Restricted<Date, 'pii'>`,
            actual: 'Object',
            plain: 'Date',
            what: 'property',
            key: 'design:type',
            fix: fix(`Restricted.Date<'pii'>`, true),
          },
          suggestions: [
            {
              messageId: 'suggestShape',
              data: { replacement: `Restricted.Date<'pii'>` },
              output: H + `class User {\n  @Column() born!: Restricted.Date<'pii'>;\n}`,
            },
          ],
        },
      ],
    },
    {
      // A non-generic alias of Date is an object type to the serializer: Object.
      code: H + `type Born = Restricted<Date, 'pii'>;\nclass User {\n  @Column() born!: Born;\n}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 5,
          column: 20,
          data: {
            annotation: 'Born',
            actual: 'Object',
            plain: 'Date',
            what: 'property',
            key: 'design:type',
            fix: 'Use a per-shape alias (`Restricted.String<…>`, `Restricted.Date<…>`) or a non-generic alias, which keep it (docs/frameworks.md).',
          },
          suggestions: [],
        },
      ],
    },
    {
      // `import type` leaves no value for `Restricted.Date` to name: the metadata is Function.
      code: HT + `class User {\n  @Column() born!: Restricted.Date<'pii'>;\n}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 4,
          column: 20,
          data: {
            annotation: `Restricted.Date<'pii'>`,
            actual: 'Function',
            plain: 'Date',
            what: 'property',
            key: 'design:type',
            fix: 'Import it as a value (not `import type`): the metadata names its constant, which is the constructor at runtime.',
          },
          suggestions: [],
        },
      ],
    },
    {
      // Parameters of a decorated method, and of a method with a decorated parameter.
      code:
        H +
        `class UsersController {\n  @Get() find(email: Restricted<string, 'pii'>) { return email; }\n  create(@Body() name: Restricted<string, 'pii'>) { return name; }\n}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 4,
          column: 22,
          data: {
            annotation: `Restricted<string, 'pii'>`,
            actual: 'Object',
            plain: 'String',
            what: 'parameter',
            key: 'design:paramtypes',
            fix: fix(`Restricted.String<'pii'>`),
          },
          suggestions: [
            {
              messageId: 'suggestShape',
              data: { replacement: `Restricted.String<'pii'>` },
              output:
                H +
                `class UsersController {\n  @Get() find(email: Restricted.String<'pii'>) { return email; }\n  create(@Body() name: Restricted<string, 'pii'>) { return name; }\n}`,
            },
          ],
        },
        {
          messageId: 'metadataChanges',
          line: 5,
          column: 24,
          data: {
            annotation: `Restricted<string, 'pii'>`,
            actual: 'Object',
            plain: 'String',
            what: 'parameter',
            key: 'design:paramtypes',
            fix: fix(`Restricted.String<'pii'>`),
          },
          suggestions: [
            {
              messageId: 'suggestShape',
              data: { replacement: `Restricted.String<'pii'>` },
              output:
                H +
                `class UsersController {\n  @Get() find(email: Restricted<string, 'pii'>) { return email; }\n  create(@Body() name: Restricted.String<'pii'>) { return name; }\n}`,
            },
          ],
        },
      ],
    },
    {
      // A decorated class's constructor parameters (what NestJS injects by).
      code:
        H + `@Entity()\nclass Service {\n  constructor(private readonly key: Restricted<string, 'credential'>) {}\n}`,
      errors: [
        {
          messageId: 'metadataChanges',
          line: 5,
          column: 37,
          data: {
            annotation: `Restricted<string, 'credential'>`,
            actual: 'Object',
            plain: 'String',
            what: 'parameter',
            key: 'design:paramtypes',
            fix: fix(`Restricted.String<'credential'>`),
          },
          suggestions: [
            {
              messageId: 'suggestShape',
              data: { replacement: `Restricted.String<'credential'>` },
              output:
                H +
                `@Entity()\nclass Service {\n  constructor(private readonly key: Restricted.String<'credential'>) {}\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// Without emitDecoratorMetadata the annotation never reaches the runtime: nothing to report.
typedRuleTester().run('no-metadata-changing-annotation (no emitDecoratorMetadata)', rule, {
  valid: [
    `import type { Restricted } from '@classified/core';\ndeclare function Column(): PropertyDecorator;\nclass User {\n  @Column() email!: Restricted<string, 'pii'>;\n}`,
  ],
  invalid: [],
});
