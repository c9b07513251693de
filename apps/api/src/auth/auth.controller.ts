import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, Can, CurrentPrincipal, on, Public } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto } from './dto/auth.dto';
import { MeView } from './dto/me.view';
import { SetPersonLoginDto } from './dto/person-login.dto';
import { UsersService } from './users.service';

@ApiTags('登录与账号')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @ApiErrorResponse(401, '登录名或密码不正确')
  @ApiErrorResponse(429, '同一账号失败次数过多已暂时锁定，或同一地址失败过多须稍后再试')
  @ApiOperation({ summary: '登录：返回访问令牌（Authorization: Bearer …）；同一账号多次失败后暂时锁定（429），同一地址多次失败后逐次放慢' })
  login(@Body() dto: LoginDto, @Req() req: AuthenticatedRequest) {
    return this.auth.login(dto.login, dto.password, req.ip ?? req.socket.remoteAddress ?? 'unknown');
  }

  @Post('auth/logout')
  @Can('session')
  @HttpCode(200)
  @ApiOperation({ summary: '退出登录：本令牌立即失效' })
  async logout(@Req() req: AuthenticatedRequest) {
    await this.auth.logout(req.sessionId!);
    return { message: '已退出登录' };
  }

  @Put('auth/password')
  @Can('session')
  @ApiOperation({ summary: '修改密码：全部会话（含本次）立即失效，须重新登录' })
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: AuthenticatedRequest) {
    await this.auth.changePassword(req.userId!, dto.currentPassword, dto.newPassword);
    return { message: '密码已修改，请重新登录' };
  }

  @Get('auth/me')
  @Can('session')
  @ApiOperation({
    summary: '当前登录的用户及其身份：是否担任职务（责任领导）、是否有监督权（监督人员）、管理哪些组织、是否系统管理员（工作台据此显示菜单；每次调用仍各自鉴权）',
  })
  @ApiOkResponse({ type: MeView })
  me(@Req() req: AuthenticatedRequest) {
    return this.auth.me({ principal: req.principal!, userId: req.userId!, sessionId: req.sessionId! });
  }

  @Put('people/:id/login')
  @Can('person.manage', on('person', 'params.id'))
  @ApiOperation({ summary: '设置人员的登录账号：新建、改登录名、重置密码、停用（管理员）' })
  setLogin(@IdParam() id: string, @Body() dto: SetPersonLoginDto, @CurrentPrincipal() principal: Principal) {
    return this.users.setLogin(id, dto, principal);
  }
}
