import { REGIME_IDS } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';

export const CHANGE_KINDS = ['pack', 'override'] as const;

/** The change to preview: a pack (as PUT …/cycle-settings packId) or an override (as PUT …/overrides/:templateId fields). */
export class ConfigurationChangeDto {
  @ApiProperty({ enum: CHANGE_KINDS, description: 'pack：改选策略包；override：覆盖一项义务的字段' })
  @IsIn(CHANGE_KINDS as unknown as string[], { message: '应为 pack 或 override' })
  kind!: (typeof CHANGE_KINDS)[number];

  @ApiPropertyOptional({ enum: REGIME_IDS, nullable: true, description: 'kind=pack 时必填：改选的策略包；null 表示改为沿用上级' })
  @ValidateIf((o: ConfigurationChangeDto) => o.kind === 'pack' && o.packId !== null)
  @IsIn(REGIME_IDS as string[], { message: `kind=pack 时必须提供，应为以下策略包之一：${REGIME_IDS.join('、')}（或 null：沿用上级）` })
  packId?: string | null;

  @ApiPropertyOptional({ example: 'supervision-talk', description: 'kind=override 时必填：义务模板 id' })
  @ValidateIf((o: ConfigurationChangeDto) => o.kind === 'override' || o.templateId !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  templateId?: string;

  @ApiPropertyOptional({ example: { minPerPeriod: 2 }, description: 'kind=override 时必填：与 PUT /organizations/{id}/overrides/{templateId} 的 fields 相同；空对象表示撤销覆盖' })
  @ValidateIf((o: ConfigurationChangeDto) => o.kind === 'override' || o.fields !== undefined)
  @IsObject()
  fields?: Record<string, unknown>;
}

export class ConfigurationDiffDto {
  @ApiProperty({ example: 2027, description: '预览哪一年（2000–2100）' })
  @IntegerBetween(2000, 2100)
  year!: number;

  @ApiProperty({ type: ConfigurationChangeDto })
  @IsDefined({ message: '必须提供' })
  @IsObject()
  @ValidateNested()
  @Type(() => ConfigurationChangeDto)
  change!: ConfigurationChangeDto;
}
