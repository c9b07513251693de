import { verifyAuditChain } from '@duban/persistence';
import { DataSource } from 'typeorm';

/** `cli.js audit:verify`: 0 when the chain is whole, 1 naming the first broken entry. */
export async function runAuditVerify(dataSource: DataSource, print: (line: string) => void): Promise<number> {
  const result = await verifyAuditChain(dataSource.manager);
  if (result.ok) {
    print(`审计日志完整：共 ${result.entries} 条，哈希链无断裂`);
    return 0;
  }
  const broken = result.firstBroken!;
  print(`审计日志被篡改：第 ${broken.seq} 条${broken.id ? `（id ${broken.id}）` : ''}——${broken.reason}`);
  print(`在此之前的 ${result.entries} 条完好`);
  return 1;
}
