/** Entry for the TypeORM CLI (`migration:generate`, `migration:revert`): DATABASE_URL selects the server. */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL 未设置：TypeORM 命令行需要它来连接数据库');

export default new DataSource(dataSourceOptions({ url }));
