import { PageContainer } from '@ant-design/pro-components';
import { Alert, DatePicker, Grid, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { LedgerView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { messageOf } from '../../errors/api-error';
import { LedgerReport } from '../../ledger/LedgerReport';

/** 我的履责记实: the leader's own 履责记实台账 for a year, with its Excel and PDF. */
export default function MyLedgerPage() {
  const { me } = useAuth();
  const screens = Grid.useBreakpoint();
  const [year, setYear] = useState(() => dayjs().year());
  const [ledger, setLedger] = useState<LedgerView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const personId = me?.person.id;

  useEffect(() => {
    if (!personId) return;
    setProblem(null);
    unwrap<LedgerView>(api.GET('/people/{personId}/ledger', { params: { path: { personId }, query: { year } } })).then(setLedger, (error: unknown) => setProblem(messageOf(error)));
  }, [personId, year]);

  return (
    <PageContainer
      title="我的履责记实"
      subTitle={screens.md ? '本人该年度截止的全部监督职责事项：完成情况、佐证材料、逾期、升级、延期和退回' : undefined}
      extra={<DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(value) => value && setYear(value.year())} aria-label="年度" />}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      {!ledger && !problem && <Spin style={{ display: 'block', margin: '120px auto' }} />}
      {ledger && personId && <LedgerReport ledger={ledger} path={`/people/${personId}/ledger`} />}
    </PageContainer>
  );
}
