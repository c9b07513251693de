import { UnderConstruction } from '../common/UnderConstruction';

export default function SubtreeDutiesPage() {
  return <UnderConstruction title="SubtreeDutiesPage" />;
}
