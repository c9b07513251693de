import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
