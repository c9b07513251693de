import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
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
}

export class ListPeopleQuery {
  @ApiPropertyOptional({ description: '按姓名或邮箱查找' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
