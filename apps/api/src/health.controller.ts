import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from './access/access.decorators';

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '健康检查（含数据库）' })
  async health() {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok' };
  }
}
