import { ApiProperty } from '@nestjs/swagger';

/** One problem of a request, named by its field. */
export class FieldProblemDto {
  @ApiProperty({ description: '出错的字段（嵌套字段以点号连接）', example: 'dueAt' })
  field!: string;

  @ApiProperty({ description: '原因', example: '应为带时区的 ISO 8601 时刻' })
  reason!: string;
}

/** The one error shape of the API (see HttpExceptionFilter): every 4xx and 5xx answers with it. */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, description: 'HTTP 状态码', example: 400 })
  statusCode!: number;

  @ApiProperty({ description: '供程序判断的错误代码', example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiProperty({ description: '给人看的中文说明', example: '请求参数有误：dueAt 应为带时区的 ISO 8601 时刻' })
  message!: string;

  @ApiProperty({ type: [FieldProblemDto], description: '逐个字段的问题（没有则为空数组）' })
  details!: FieldProblemDto[];
}
