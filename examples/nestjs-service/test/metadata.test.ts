// Annotating a decorated class must not change what runs: the fixtures in test/metadata/ are
// compiled by TypeScript with `emitDecoratorMetadata`, loaded, and their `design:*` metadata
// compared; then a real TypeORM DataSource on sql.js runs with the classified entity.
import 'reflect-metadata';
import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SchemaFactory } from '@nestjs/mongoose';
import ts from 'typescript';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', '.tmp', 'metadata');
const VARIANTS = ['plain', 'classified', 'generic'] as const;
const FILES = [...VARIANTS, 'generic-mongoose'];
type Variant = (typeof VARIANTS)[number];
type Module = Record<'UserEntity' | 'ProfileDocument' | 'SignupDto' | 'UsersController', new () => object>;
const loaded = {} as Record<Variant, Module>;
const url = (file: string) => pathToFileURL(path.join(out, `${file}.js`)).href;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(here, '..', 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram(
    FILES.map((v) => path.join(here, 'metadata', `${v}.ts`)),
    {
      ...config.options,
      noEmit: false,
      outDir: out,
      rootDir: path.join(here, 'metadata'),
      declaration: false,
      declarationMap: false,
      sourceMap: false,
    },
  );
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(diagnostics).toEqual([]);
  expect(program.emit().emitSkipped).toBe(false);
  for (const v of VARIANTS) loaded[v] = (await import(url(v))) as Module;
});

const KEYS = ['design:type', 'design:paramtypes', 'design:returntype'] as const;

/** Every `design:*` entry of a class: on its members, and its constructor's parameter types. */
function metadataOf(cls: new () => object): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const members = [...Object.getOwnPropertyNames(cls.prototype), ...Reflect.getMetadataKeys(cls).map(String)];
  for (const key of KEYS) {
    const own: unknown = Reflect.getOwnMetadata(key, cls);
    if (own !== undefined) found[`constructor ${key}`] = own;
  }
  // Property metadata sits on the prototype under the property's name.
  for (const name of new Set([...members, ...propertyNames(cls)])) {
    for (const key of KEYS) {
      const value: unknown = Reflect.getOwnMetadata(key, cls.prototype as object, name);
      if (value !== undefined) found[`${name} ${key}`] = value;
    }
  }
  return found;
}

/** A fixture's own classes (`SignupDto` of plain.ts, of classified.ts) named, so that the two files compare. */
function ownClassesNamed(found: Record<string, unknown>, module: Module): Record<string, unknown> {
  const own = new Map(Object.entries(module).map(([n, c]) => [c as unknown, `${n} of this fixture`]));
  const name = (v: unknown): unknown => (Array.isArray(v) ? v.map(name) : (own.get(v) ?? v));
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, name(v)]));
}

/** The decorated property names, read from the plain source's class bodies by the compiler's own parser. */
function propertyNames(cls: new () => object): string[] {
  const file = ts.createSourceFile(
    'plain.ts',
    ts.sys.readFile(path.join(here, 'metadata', 'plain.ts'))!,
    ts.ScriptTarget.ES2022,
  );
  const decl = file.statements.find(
    (s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === cls.name,
  );
  return (decl?.members ?? []).flatMap((m) => (m.name && ts.isIdentifier(m.name) ? [m.name.text] : []));
}

describe('decorator metadata of classified classes', () => {
  it.each(['UserEntity', 'ProfileDocument', 'SignupDto', 'UsersController'] as const)(
    '%s: the per-shape aliases emit exactly the plain metadata',
    (name) => {
      const plain = ownClassesNamed(metadataOf(loaded.plain[name]), loaded.plain);
      const classified = ownClassesNamed(metadataOf(loaded.classified[name]), loaded.classified);
      expect(Object.keys(plain).length).toBeGreaterThanOrEqual(3);
      expect(classified).toEqual(plain);
      // toEqual compares constructors by identity: String is String, Date is Date.
      for (const [key, value] of Object.entries(plain)) expect(classified[key], key).toStrictEqual(value);
    },
  );

  it('reads as it should: String, Number, Boolean, Date, Object for `| null`, Array', () => {
    const proto = loaded.classified.UserEntity.prototype as object;
    const type = (p: string): unknown => Reflect.getOwnMetadata('design:type', proto, p);
    expect([
      type('email'),
      type('phone'),
      type('nickname'),
      type('verified'),
      type('score'),
      type('born'),
      type('aliases'),
    ]).toEqual([String, Object, String, Boolean, Number, Date, Array]);
    expect(
      Reflect.getOwnMetadata('design:paramtypes', loaded.classified.UsersController.prototype as object, 'create'),
    ).toEqual([String, loaded.classified.SignupDto]);
  });

  it('the generic aliases change it: what broke TypeORM, Mongoose and Swagger', () => {
    const proto = loaded.generic.UserEntity.prototype as object;
    const type = (p: string): unknown => Reflect.getOwnMetadata('design:type', proto, p);
    expect([type('email'), type('nickname'), type('verified'), type('score'), type('born')]).toEqual([
      Object,
      Object,
      Object,
      Object,
      Object,
    ]);
    expect(
      Reflect.getOwnMetadata('design:paramtypes', loaded.generic.UsersController.prototype as object, 'create'),
    ).toEqual([Object, loaded.generic.SignupDto]);
  });

  it('the generic aliases crash a Mongoose schema class as it loads', async () => {
    await expect(import(url('generic-mongoose'))).rejects.toThrow(
      /Cannot determine a type for the "ProfileDocument\.email" field/,
    );
  });

  it('Mongoose builds the same schema from the classified class', () => {
    const paths = (v: 'plain' | 'classified') => {
      const schema = SchemaFactory.createForClass(loaded[v].ProfileDocument);
      return Object.fromEntries(
        ['email', 'phone', 'born', 'score', 'aliases'].map((p) => [p, schema.path(p).instance]),
      );
    };
    expect(paths('classified')).toEqual({
      email: 'String',
      phone: 'String',
      born: 'Date',
      score: 'Number',
      aliases: 'Array',
    });
    expect(paths('classified')).toEqual(paths('plain'));
  });

  it('a TypeORM DataSource on sql.js initialises with the classified entity and round-trips a row', async () => {
    const User = loaded.classified.UserEntity;
    const source = new DataSource({ type: 'sqljs', entities: [User], synchronize: true, logging: false });
    await source.initialize();
    try {
      // The table sql.js created, column types as TypeORM derived them from design:type.
      const table = await source.query<{ name: string; type: string }[]>(`PRAGMA table_info('user_entity')`);
      expect(Object.fromEntries(table.map((c) => [c.name, c.type]))).toMatchObject({
        email: 'varchar',
        phone: 'varchar',
        verified: 'boolean',
        score: 'INTEGER',
        born: 'datetime',
        aliases: 'TEXT',
      });
      const repo = source.getRepository(User);
      const born = new Date('1990-04-01T00:00:00.000Z');
      const saved = await repo.save(
        repo.create({
          email: 'ada@example.com',
          phone: null,
          verified: true,
          score: 7,
          born,
          aliases: ['ada', 'al'],
          passwordHash: 'h',
        }),
      );
      const row = (await repo.findOneByOrFail({ id: (saved as { id: number }).id })) as Record<string, unknown>;
      expect(row).toMatchObject({
        email: 'ada@example.com',
        phone: null,
        verified: true,
        score: 7,
        aliases: ['ada', 'al'],
        passwordHash: 'h',
      });
      expect(row.born).toBeInstanceOf(Date);
      expect((row.born as Date).toISOString()).toBe(born.toISOString());
    } finally {
      await source.destroy();
    }
  });

  it('a TypeORM DataSource rejects the generic-alias entity at start-up', async () => {
    const source = new DataSource({ type: 'sqljs', entities: [loaded.generic.UserEntity], synchronize: true });
    await expect(source.initialize()).rejects.toThrow(
      /Data type "Object" in "UserEntity\.(email|nickname|verified|score|born)" is not supported/,
    );
  });
});
