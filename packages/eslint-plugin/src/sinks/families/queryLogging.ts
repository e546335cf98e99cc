/**
 * An ORM option that logs every query with its parameters: the values written to classified
 * columns reach the log. Read by no-classified-logging (src/analysis/queryLogging.ts).
 */
export interface QueryLoggingSpec {
  /** What the message calls it. */
  readonly label: string;
  /** The package that declares the option (on the options type the object literal is checked against). */
  readonly package: string;
  /** The option's name. */
  readonly option: string;
  /**
   * Which values turn query logging on: `true`; `'all'`; an array holding `'query'` (or
   * `{ level: 'query' }`); any function (a logger such as `console.log`).
   */
  readonly on: readonly ('true' | 'all' | 'query' | 'function')[];
}

/** Tested against typeorm 1.1.1, sequelize 6.37.8 and knex 3.3.0. */
export const queryLoggingOptions: readonly QueryLoggingSpec[] = [
  { label: 'TypeORM', package: 'typeorm', option: 'logging', on: ['true', 'all', 'query'] },
  { label: 'TypeORM', package: '@nestjs/typeorm', option: 'logging', on: ['true', 'all', 'query'] },
  { label: 'Sequelize', package: 'sequelize', option: 'logging', on: ['function'] },
  { label: 'Sequelize', package: 'sequelize', option: 'logQueryParameters', on: ['true'] },
  { label: 'Knex', package: 'knex', option: 'debug', on: ['true'] },
  { label: 'Prisma', package: '.prisma/client', option: 'log', on: ['query'] },
  { label: 'Prisma', package: '@prisma/client', option: 'log', on: ['query'] },
];
