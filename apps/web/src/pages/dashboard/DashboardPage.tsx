import { UnderConstruction } from '../common/UnderConstruction';

export default function DashboardPage() {
  return <UnderConstruction title="督办看板" />;
}
