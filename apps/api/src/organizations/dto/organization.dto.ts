import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Nullable, Optional } from '../../common/validation/optional.decorator';

export class CreateOrganizationDto {
  @ApiProperty({ example: '中共某省委' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'prov', description: '组织代码，导入与对账用，唯一' })
  @Optional()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: '只能包含字母、数字、下划线、点和连字符，最多 64 个字符' })
  code?: string;

  @ApiPropertyOptional({ description: '上级组织 id；不填为顶级组织' })
  @Optional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: '派驻（派出）纪检监察组所在的组织 id，升级阶梯可通知该组' })
  @Optional()
  @IsUUID()
  stationedGroupId?: string;
}

export class DissolveOrganizationDto {
  @ApiProperty({ example: '机构改革，与某局合并' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '新的上级组织 id（须在您管理的范围内）；null：脱离上级成为顶级组织（仅系统管理员）' })
  @Nullable()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '派驻纪检监察组所在的组织 id；null：清除' })
  @Nullable()
  @IsUUID()
  stationedGroupId?: string | null;
}

export class ListOrganizationsQuery {
  @ApiPropertyOptional({ description: '只列出该组织的直属下级' })
  @Optional()
  @IsUUID()
  parentId?: string;
}
