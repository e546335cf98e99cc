// ORM query logging (src/analysis/queryLogging.ts, src/sinks/families/queryLogging.ts) against the
// installed typeorm, sequelize and knex types. The fixtures project declares classified fields
// (fixtures/models.ts: `User.email`).
import * as path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-classified-logging.js';
import { fixtures, typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const TYPEORM = `import { DataSource } from 'typeorm';\n`;
const SEQUELIZE = `import { Sequelize } from 'sequelize';\n`;
const KNEX = `import knex from 'knex';\n`;

ruleTester.run('no-classified-logging: ORM query logging', rule, {
  valid: [
    TYPEORM + `new DataSource({ type: 'sqljs', logging: false });`,
    TYPEORM + `new DataSource({ type: 'sqljs', logging: ['error', 'warn'] });`,
    // Chosen by an environment check the rule can see.
    TYPEORM + `new DataSource({ type: 'sqljs', logging: process.env.NODE_ENV !== 'production' });`,
    TYPEORM + `new DataSource({ type: 'sqljs', logging: process.env.NODE_ENV === 'development' ? 'all' : ['error'] });`,
    TYPEORM +
      `const options = process.env.DEBUG_SQL ? { logging: true } : {};\nnew DataSource({ type: 'sqljs', ...options });`,
    TYPEORM + `if (process.env.NODE_ENV === 'test') new DataSource({ type: 'sqljs', logging: true });`,
    SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: false });`,
    KNEX + `knex({ client: 'sqlite3', debug: false });`,
    // Not an ORM's option.
    `const config = { logging: true, debug: true };`,
    { code: TYPEORM + `new DataSource({ type: 'sqljs', logging: true });`, options: [{ checkQueryLogging: false }] },
  ],
  invalid: [
    {
      code: TYPEORM + `new DataSource({ type: 'sqljs', logging: true });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 42,
          data: { option: 'logging', value: 'true', orm: 'TypeORM', field: 'User.email' },
        },
      ],
    },
    {
      code: TYPEORM + `new DataSource({ type: 'sqljs', logging: 'all' });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 42,
          data: { option: 'logging', value: "'all'", orm: 'TypeORM', field: 'User.email' },
        },
      ],
    },
    {
      code: TYPEORM + `new DataSource({ type: 'sqljs', logging: ['query', 'error'] });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 42,
          data: { option: 'logging', value: "['query', 'error']", orm: 'TypeORM', field: 'User.email' },
        },
      ],
    },
    // A condition that is not an environment check does not guard.
    {
      code:
        TYPEORM +
        `declare const verbose: boolean;\nnew DataSource({ type: 'sqljs', logging: verbose ? 'all' : false });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 3,
          column: 42,
          data: { option: 'logging', value: "'all'", orm: 'TypeORM', field: 'User.email' },
        },
      ],
    },
    {
      code: SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: console.log });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 45,
          data: { option: 'logging', value: 'console.log', orm: 'Sequelize', field: 'User.email' },
        },
      ],
    },
    {
      code: SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: (sql) => process.stdout.write(sql) });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 45,
          data: { option: 'logging', value: '(sql) => process.stdout.write…', orm: 'Sequelize', field: 'User.email' },
        },
      ],
    },
    {
      code: SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: false, logQueryParameters: true });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 72,
          data: { option: 'logQueryParameters', value: 'true', orm: 'Sequelize', field: 'User.email' },
        },
      ],
    },
    {
      code: KNEX + `knex({ client: 'sqlite3', debug: true });`,
      errors: [
        {
          messageId: 'queryLogging',
          line: 2,
          column: 34,
          data: { option: 'debug', value: 'true', orm: 'Knex', field: 'User.email' },
        },
      ],
    },
  ],
});

// A program that stores no classified data: query logging leaks nothing classified.
new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixtures, 'plain-project') } },
}).run('no-classified-logging: query logging without classified data', rule, {
  valid: [TYPEORM + `new DataSource({ type: 'sqljs', logging: true });`],
  invalid: [],
});
