import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';

export class RequestExtensionDto {
  @ApiProperty({ example: '2027-01-31T23:59:59+08:00', description: '希望的新截止时刻' })
  @IsZonedDateTime()
  newDueAt!: string;

  @ApiProperty({ example: '谈话对象在外培训，1 月中旬返回' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class DecideExtensionDto {
  @ApiProperty({ enum: ['grant', 'refuse'] })
  @IsIn(['grant', 'refuse'])
  decision!: 'grant' | 'refuse';

  @ApiPropertyOptional({ description: '理由；不同意时必填' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: '同意时可改定的截止时刻；不填按申请' })
  @Optional()
  @IsZonedDateTime()
  newDueAt?: string;
}

export class ListExtensionsQuery {
  @ApiPropertyOptional({ enum: ['pending', 'granted', 'refused', 'withdrawn'] })
  @Optional()
  @IsIn(['pending', 'granted', 'refused', 'withdrawn'])
  status?: string;

  @ApiPropertyOptional({ description: '责任单位' })
  @Optional()
  @IsUUID()
  organizationId?: string;
}
