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
const error = (line: number, column: number, option: string, value: string, orm: string) => ({
  messageId: 'queryLogging' as const,
  line,
  column,
  data: { option, value, orm, field: 'User.email' },
});

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
      errors: [error(2, 42, 'logging', 'true', 'TypeORM')],
    },
    {
      code: TYPEORM + `new DataSource({ type: 'sqljs', logging: 'all' });`,
      errors: [error(2, 42, 'logging', "'all'", 'TypeORM')],
    },
    {
      code: TYPEORM + `new DataSource({ type: 'sqljs', logging: ['query', 'error'] });`,
      errors: [error(2, 42, 'logging', "['query', 'error']", 'TypeORM')],
    },
    // A condition that is not an environment check does not guard.
    {
      code:
        TYPEORM +
        `declare const verbose: boolean;\nnew DataSource({ type: 'sqljs', logging: verbose ? 'all' : false });`,
      errors: [error(3, 42, 'logging', "'all'", 'TypeORM')],
    },
    {
      code: SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: console.log });`,
      errors: [error(2, 45, 'logging', 'console.log', 'Sequelize')],
    },
    {
      code: SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: (sql) => process.stdout.write(sql) });`,
      errors: [error(2, 45, 'logging', '(sql) => process.stdout.write(sql)'.slice(0, 29) + '…', 'Sequelize')],
    },
    {
      code: SEQUELIZE + `new Sequelize('sqlite::memory:', { logging: false, logQueryParameters: true });`,
      errors: [error(2, 72, 'logQueryParameters', 'true', 'Sequelize')],
    },
    { code: KNEX + `knex({ client: 'sqlite3', debug: true });`, errors: [error(2, 34, 'debug', 'true', 'Knex')] },
  ],
});

// A program that stores no classified data: query logging leaks nothing classified.
new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixtures, 'plain-project') } },
}).run('no-classified-logging: query logging without classified data', rule, {
  valid: [TYPEORM + `new DataSource({ type: 'sqljs', logging: true });`],
  invalid: [],
});
