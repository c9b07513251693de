import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';

export class CreatePersonDto {
  @ApiProperty({ example: '张明' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 'zhangming@example.gov.cn' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ description: '登记所在的组织 id（须在您管理的范围内）：人员由此归入该组织，未任职前也只有其管理员和监督人员可见；不填仅限系统管理员' })
  @Optional()
  @IsUUID()
  organizationId?: string;
}

export class ListPeopleQuery {
  @ApiPropertyOptional({ description: '按姓名或邮箱查找' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
