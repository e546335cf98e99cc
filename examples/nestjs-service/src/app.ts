// The application: TypeORM on sql.js (in-process), typed config, JWT, the mailer, Swagger, and
// class-transformer serialisation of every response.
import 'reflect-metadata';
import type { ConfigType } from '@nestjs/config';
import { ClassSerializerInterceptor, type INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory, Reflector } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { authConfig, mailConfig } from './config.js';
import { UsersController } from './controllers.js';
import { jsonTransport, MAIL_TRANSPORT, MailService } from './mail.service.js';
import { SessionEntity, UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [
    ConfigModule.forRoot({ load: [authConfig, mailConfig], ignoreEnvFile: true, isGlobal: true }),
    // Errors only: query logging would write every email and hash to the log.
    TypeOrmModule.forRoot({
      type: 'sqljs',
      entities: [UserEntity, SessionEntity],
      synchronize: true,
      logging: ['error'],
    }),
    TypeOrmModule.forFeature([UserEntity, SessionEntity]),
    JwtModule.registerAsync({
      inject: [authConfig.KEY],
      useFactory: (auth: ConfigType<typeof authConfig>) => ({
        secret: auth.jwtSecret,
        signOptions: { expiresIn: auth.tokenTtlSeconds },
      }),
    }),
  ],
  controllers: [UsersController],
  providers: [
    UsersService,
    AuthService,
    AuthGuard,
    MailService,
    { provide: MAIL_TRANSPORT, useFactory: jsonTransport },
  ],
})
export class AppModule {}

/** Creates the application, ready to `listen`. */
export async function createApp(): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn', 'log'], abortOnError: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  app.useGlobalInterceptors(new ClassSerializerInterceptor(app.get(Reflector)));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('nestjs-service').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}
