// The service boots (the compiled dist/, with its decorator metadata) and serves sign-up, log-in and
// the profile over loopback.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: INestApplication;
let server: Parameters<typeof request>[0];

beforeAll(async () => {
  process.env.JWT_SECRET = 'test-only-signing-key-of-32-chars!!';
  // The compiled service: tsc wrote its decorator metadata (the test runner's transform would not).
  const dist = '../dist/app.js';
  const { createApp } = (await import(dist)) as typeof import('../src/app.js');
  app = await createApp();
  await app.listen(0, '127.0.0.1');
  server = app.getHttpServer() as Parameters<typeof request>[0];
});

afterAll(async () => {
  await app?.close();
});

describe('the NestJS service', () => {
  const ada = { email: 'ada@example.com', phone: '+44 20 7946 0958', password: 'correct horse battery' };

  it('signs up, answering with the id only', async () => {
    const res = await request(server).post('/users').send(ada).expect(201);
    expect(Object.keys(res.body as object)).toEqual(['id']);
  });

  it('validates the body with class-validator (the DTO kept its metadata)', async () => {
    const res = await request(server).post('/users').send({ email: 'not-an-email', password: 'short' }).expect(400);
    expect((res.body as { message: string[] }).message).toEqual([
      'email must be an email',
      'password must be longer than or equal to 8 characters',
    ]);
    await request(server).post('/users').send(ada).expect(409);
  });

  it('logs in with a JWT that holds ids only, and serves the profile', async () => {
    await request(server).post('/auth/login').send({ email: ada.email, password: 'wrong password!' }).expect(401);
    const login = await request(server)
      .post('/auth/login')
      .send({ email: ada.email, password: ada.password })
      .expect(200);
    const token = (login.body as { accessToken: string }).accessToken;
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(claims).sort()).toEqual(['exp', 'iat', 'sid', 'sub']);
    expect(JSON.stringify(claims)).not.toContain('ada');

    const profile = await request(server).get('/users/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(profile.body).toEqual({ id: claims.sub, email: ada.email, phone: '******0958' });
    await request(server).get('/users/me').expect(401);
  });

  it('documents the DTOs with Swagger as strings, as before classification', async () => {
    const res = await request(server).get('/docs-json').expect(200);
    const schema = (
      res.body as { components: { schemas: Record<string, { properties: Record<string, { type: string }> }> } }
    ).components.schemas.SignupDto!;
    expect(schema.properties).toMatchObject({
      email: { type: 'string' },
      phone: { type: 'string' },
      password: { type: 'string' },
    });
  });

  it('sent the welcome mail through the JSON transport, to the address', async () => {
    const dist = '../dist/mail.service.js';
    const { MailService } = (await import(dist)) as typeof import('../src/mail.service.js');
    const sent = app.get(MailService).sent.map((m) => JSON.parse(m) as { to: { address: string }[]; subject: string });
    expect(sent).toEqual([expect.objectContaining({ to: [{ address: ada.email, name: '' }], subject: 'Welcome' })]);
  });
});
