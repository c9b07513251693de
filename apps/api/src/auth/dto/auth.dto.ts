import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'demo-admin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  login!: string;

  @ApiProperty({ example: 'Duban-Demo-2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}

/** At least 10 characters, with letters and digits. */
export const PASSWORD_RULE = { pattern: /^(?=.*[A-Za-z])(?=.*\d).{10,256}$/s, message: '至少 10 个字符，且须同时包含字母和数字' };

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ description: PASSWORD_RULE.message })
  @IsString()
  @MinLength(10, { message: PASSWORD_RULE.message })
  @Matches(PASSWORD_RULE.pattern, { message: PASSWORD_RULE.message })
  newPassword!: string;
}
