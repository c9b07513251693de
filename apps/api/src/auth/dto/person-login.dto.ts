import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches, MinLength } from 'class-validator';
import { PASSWORD_RULE } from './auth.dto';
import { Optional } from '../../common/validation/optional.decorator';

export class SetPersonLoginDto {
  @ApiPropertyOptional({ example: 'zhangming', description: '登录名（小写字母、数字、点、下划线、连字符，3–64 个字符）；新建账号时必填' })
  @Optional()
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: '只能包含小写字母、数字、点、下划线和连字符，3–64 个字符' })
  login?: string;

  @ApiPropertyOptional({ description: `初始或重置的密码：${PASSWORD_RULE.message}；重置后该用户的全部会话失效` })
  @Optional()
  @IsString()
  @MinLength(10, { message: PASSWORD_RULE.message })
  @Matches(PASSWORD_RULE.pattern, { message: PASSWORD_RULE.message })
  password?: string;

  @ApiPropertyOptional({ description: '停用后不能登录，现有会话立即失效' })
  @Optional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: '系统管理员（仅系统管理员可设置）' })
  @Optional()
  @IsBoolean()
  systemAdmin?: boolean;
}
