import { progress } from '../servers/progress';

export async function runBenchmarks(): Promise<number> {
  progress('基准测试尚未实现');
  return 1;
}
