import { UnderConstruction } from '../common/UnderConstruction';

export default function ApprovalsPage() {
  return <UnderConstruction title="ApprovalsPage" />;
}
