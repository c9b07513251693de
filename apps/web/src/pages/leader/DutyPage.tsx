import { UnderConstruction } from '../common/UnderConstruction';

export default function DutyPage() {
  return <UnderConstruction title="DutyPage" />;
}
