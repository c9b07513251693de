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
  @ApiProperty({ type: String, nullable: true, description: '任职人员 id；null 表示免去现任、职位空缺。今日生效，与登记任免（POST /appointments）相同' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  personId!: string | null;

  @ApiPropertyOptional({ example: '示组〔2026〕8号', description: '任免文号；不填记为“直接设置任职人”' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNo?: string;
}
