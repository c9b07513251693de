import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDateString, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDuration } from '../../common/validation/is-iso-duration.decorator';

export class EnableObligationDto {
  @ApiProperty({ example: 'supervision-talk', description: '义务模板 id（见 GET /obligations）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  obligationId!: string;

  @ApiPropertyOptional({ example: 2026, description: '年度；默认当前年度（北京时间）' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: '2026-12-31T23:59:59+08:00', description: '统一截止时刻，覆盖模板的“年底”规则（演练、测试用）' })
  @IsOptional()
  @IsDateString({ strict: true })
  dueAt?: string;

  @ApiPropertyOptional({ example: ['P30D', 'P7D', 'P1D'], description: '截止前提醒的时间点（ISO-8601 时长）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIsoDuration({ each: true })
  reminderOffsets?: string[];

  @ApiPropertyOptional({ example: 'P15D', description: '逾期后提议升级前的宽限期' })
  @IsOptional()
  @IsIsoDuration()
  gracePeriod?: string;

  @ApiPropertyOptional({ example: 'P7D', description: '升级建议等待审批的时限，超时自动升级' })
  @IsOptional()
  @IsIsoDuration()
  approvalTimeout?: string;
}
