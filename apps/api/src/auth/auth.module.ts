import { DubanConfig } from '@duban/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { DUBAN_CONFIG } from '../config/config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { UsersService } from './users.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [DUBAN_CONFIG],
      useFactory: (config: DubanConfig) => ({
        secret: config.auth.tokenSecret,
        signOptions: { algorithm: 'HS256', issuer: 'duban' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'duban' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottle, UsersService],
  exports: [AuthService, UsersService],
})
export class AuthModule {}
