import { UnderConstruction } from '../common/UnderConstruction';

export default function AdminPage() {
  return <UnderConstruction title="组织与人员管理" />;
}
