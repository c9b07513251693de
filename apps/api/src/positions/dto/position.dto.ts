import { Role, ROLES } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';

export class CreatePositionDto {
  @ApiProperty({ enum: ROLES, description: 'principal=一把手，member=班子成员，discipline_secretary=纪委书记，organization_head=组织部长，audit_head=审计部门负责人' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: '党委书记', description: '职务名称；不填按角色命名' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @ApiPropertyOptional({ description: '现任职人员 id' })
  @Optional()
  @IsUUID()
  holderId?: string;
}

export class AssignHolderDto {
  @ApiProperty({ nullable: true, description: '任职人员 id；null 表示空缺' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  personId!: string | null;
}
