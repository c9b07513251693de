import { SPOT_CHECK_KINDS, SpotCheckKind } from '@duban/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time.decorator';
import { Optional } from '../../common/validation/optional.decorator';

export class DrawExclusionDto {
  @ApiProperty({ format: 'uuid', description: '不参加本次抽取的人员 id（须在名单中）' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ example: '已列入本年度巡察对象，另行核查', description: '排除理由' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class DrawSpotCheckDto {
  @ApiProperty({
    enum: SPOT_CHECK_KINDS,
    description:
      'statement_spot_check：述责述廉抽查核实（安徽（九），名单为现任下级“一把手”）；personal_matters_sampling：个人有关事项报告抽查（北京（二十），名单为下级领导班子成员）；' +
      'personal_matters_verification：“一把手”个人有关事项再抽查核实（北京（二十），名单为现任下级“一把手”）',
  })
  @IsIn(SPOT_CHECK_KINDS, { message: `应为 ${SPOT_CHECK_KINDS.join('、')} 之一` })
  kind!: SpotCheckKind;

  @ApiProperty({ example: 2027, description: '抽查年度' })
  @IntegerBetween(2000, 2100)
  year!: number;

  @ApiProperty({ example: '2027-11-30T23:59:59+08:00', description: '核实事项的截止时刻（带时区）' })
  @IsZonedDateTime()
  dueAt!: string;

  @ApiPropertyOptional({ type: [DrawExclusionDto], description: '管理员排除的人员及理由（已有未完成抽查核实事项的人员由系统自动排除并注明）' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DrawExclusionDto)
  exclusions?: DrawExclusionDto[];
}

export class VoidSpotCheckDto {
  @ApiProperty({ example: '名单有误，漏列两名新任“一把手”', description: '作废理由' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class SpotCheckCandidatesQuery {
  @ApiProperty({ enum: SPOT_CHECK_KINDS, description: '抽查类型' })
  @IsIn(SPOT_CHECK_KINDS, { message: `应为 ${SPOT_CHECK_KINDS.join('、')} 之一` })
  kind!: SpotCheckKind;
}
