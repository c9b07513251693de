import { PageContainer } from '@ant-design/pro-components';
import { Alert, DatePicker, Empty, Grid, Segmented, Select, Space, Spin, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { LedgerView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { messageOf } from '../../errors/api-error';
import { LedgerReport } from '../../ledger/LedgerReport';
import { defaultOrganization, organizationOptions, type ListedOrganization, type OrganizationOption } from '../dashboard/organization-options';

type Subject = { kind: 'organization'; id?: string } | { kind: 'person'; id?: string };

/** 履责记实台账 for supervisors and administrators: an organization's team, or one person, for a year. */
export default function LedgerPage() {
  const { me } = useAuth();
  const screens = Grid.useBreakpoint();
  const [options, setOptions] = useState<OrganizationOption[] | null>(null);
  const [subject, setSubject] = useState<Subject>({ kind: 'organization' });
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [year, setYear] = useState(() => dayjs().year());
  const [ledger, setLedger] = useState<LedgerView | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    unwrap<ListedOrganization[]>(api.GET('/organizations')).then(
      (list) => {
        const tree = organizationOptions(list);
        setOptions(tree);
        if (me) setSubject((current) => (current.kind === 'organization' && !current.id ? { kind: 'organization', id: defaultOrganization(me, tree) } : current));
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [me]);

  useEffect(() => {
    if (!subject.id) return setLedger(null);
    setLoading(true);
    setProblem(null);
    const call =
      subject.kind === 'organization'
        ? api.GET('/organizations/{organizationId}/ledger', { params: { path: { organizationId: subject.id }, query: { year } } })
        : api.GET('/people/{personId}/ledger', { params: { path: { personId: subject.id }, query: { year } } });
    unwrap<LedgerView>(call)
      .then(setLedger, (error: unknown) => setProblem(messageOf(error)))
      .finally(() => setLoading(false));
  }, [subject, year]);

  const searchPeople = async (q: string) => {
    if (!q) return setPeople([]);
    const list = await unwrap<{ id: string; name: string; email?: string }[]>(api.GET('/people', { params: { query: { q } } })).catch(() => []);
    setPeople(list.slice(0, 50).map((p) => ({ value: p.id, label: p.email ? `${p.name}（${p.email}）` : p.name })));
  };

  const path = subject.kind === 'organization' ? `/organizations/${subject.id}/ledger` : `/people/${subject.id}/ledger`;
  return (
    <PageContainer
      title="履责记实台账"
      subTitle={screens.md ? '组织领导班子或个人该年度截止的全部监督职责事项' : undefined}
      extra={
        <Space wrap>
          <Segmented
            value={subject.kind}
            onChange={(kind) => setSubject({ kind: kind as Subject['kind'] })}
            options={[
              { value: 'organization', label: '领导班子' },
              { value: 'person', label: '个人' },
            ]}
          />
          {subject.kind === 'organization' ? (
            <TreeSelect
              style={{ minWidth: 220 }}
              treeData={options ?? []}
              value={subject.id}
              onChange={(id: string) => setSubject({ kind: 'organization', id })}
              loading={!options}
              treeDefaultExpandAll
              showSearch
              treeNodeFilterProp="title"
              placeholder="选择组织"
              aria-label="组织"
            />
          ) : (
            <Select
              style={{ minWidth: 220 }}
              showSearch
              filterOption={false}
              onSearch={searchPeople}
              options={people}
              value={subject.id}
              onChange={(id: string) => setSubject({ kind: 'person', id })}
              placeholder="输入姓名搜索"
              aria-label="人员"
              notFoundContent="输入姓名搜索"
            />
          )}
          <DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(value) => value && setYear(value.year())} aria-label="年度" />
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      {!subject.id && <Empty description={subject.kind === 'organization' ? '请选择组织' : '请输入姓名选择人员'} />}
      {subject.id && !ledger && !problem && <Spin style={{ display: 'block', margin: '120px auto' }} />}
      {subject.id && ledger && (
        <Spin spinning={loading}>
          <LedgerReport ledger={ledger} path={path} />
        </Spin>
      )}
    </PageContainer>
  );
}
