import { ApiProperty } from '@nestjs/swagger';

class MePersonView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
}

/** What the console needs to know of a person's standing to choose its menus (the API still checks every call). */
export class MeRolesView {
  @ApiProperty({ description: '担任职务（责任领导）：有“我的待办”' })
  leader!: boolean;

  @ApiProperty({ description: '对某个组织及其下级有监督权（纪委书记、组织部长或标为监督的职务）：有“待我审批”和事项总览' })
  supervisor!: boolean;

  @ApiProperty({ description: '管理至少一个组织' })
  administrator!: boolean;

  @ApiProperty({ description: '系统管理员' })
  systemAdmin!: boolean;
}

export class MeView {
  @ApiProperty({ format: 'uuid', description: '登录账号' })
  id!: string;

  @ApiProperty()
  login!: string;

  @ApiProperty()
  systemAdmin!: boolean;

  @ApiProperty({ type: MePersonView })
  person!: MePersonView;

  @ApiProperty({ type: MeRolesView })
  roles!: MeRolesView;

  @ApiProperty({ type: [String], description: '监督的子树的根组织' })
  supervises!: string[];

  @ApiProperty({ type: [String], description: '管理的子树的根组织' })
  administers!: string[];
}
