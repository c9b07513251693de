import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsUUID } from 'class-validator';

export class GrantAdministratorDto {
  @ApiProperty({ description: '被授权管理该组织（含全部下级）的人员 id' })
  @IsUUID()
  personId!: string;
}

export class SetSupervisingDto {
  @ApiProperty({ description: 'true：该职位的任职人像纪委书记、组织部长一样监督本组织及其下级' })
  @IsBoolean()
  supervising!: boolean;
}
