import { ModalForm, PageContainer, ProForm, ProFormText, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Divider, Drawer, Form, Grid, Popconfirm, Space, Table, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { formatMoment } from '../../../duties/format';
import { messageOf } from '../../../errors/api-error';
import { showRefusal } from '../../../errors/form-refusal';
import { findNode, type OrgNode } from './org-forest';
import { personBody, personChecks, personOrganizationCheck, rule, type PersonValues } from './org-forms';
import type { AdministratorGrant, Organization, Person } from './org-views';
import { LoginPanel } from './LoginForms';
import { OrgPicker, useSelectedOrg } from './OrgPicker';
import { PersonSelect } from './PersonSelect';
import { useOrgForest } from './useOrgForest';
import { showFormRefusal } from './refusals';

function CreatePersonForm({ forest, defaultOrg, onDone }: { forest: readonly OrgNode[]; defaultOrg?: string; onDone: (person: Person) => void }) {
  const { message } = App.useApp();
  const { me } = useAuth();
  const [form] = Form.useForm<PersonValues>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalForm<PersonValues>
      title="登记人员"
      form={form}
      trigger={<Button type="primary">登记人员</Button>}
      initialValues={{ organizationId: defaultOrg }}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认登记' }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          const person = await unwrap<Person>(api.POST('/people', { body: personBody(values) }));
          message.success(`已登记：${person.name}`);
          onDone(person);
          return true;
        } catch (error) {
          setProblem(showFormRefusal(form, error, ['name', 'email', 'organizationId']));
          return false;
        }
      }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <ProFormText name="name" label="姓名" rules={[rule(personChecks.name)]} fieldProps={{ maxLength: 100 }} />
      <ProFormText name="email" label="邮箱" placeholder="提醒与通知发往此邮箱" rules={[rule(personChecks.email)]} />
      <ProForm.Item name="organizationId" label="所在组织" extra="人员归入该组织，未任职前只有其管理员和监督人员可见" rules={[rule(personOrganizationCheck(!!me?.systemAdmin))]}>
        <OrgPicker forest={forest} style={{ width: '100%' }} allowClear={!!me?.systemAdmin} />
      </ProForm.Item>
    </ModalForm>
  );
}

/** A person's record (GET /people/:id) and their login account. */
function PersonDetail({ personId, organizations }: { personId: string; organizations: Map<string, string> }) {
  const [person, setPerson] = useState<Person | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    unwrap<Person>(api.GET('/people/{id}', { params: { path: { id: personId } } })).then(setPerson, (failure) => setError(messageOf(failure)));
  }, [personId]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!person) return <Card loading bordered={false} />;
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="姓名">{person.name}</Descriptions.Item>
        <Descriptions.Item label="邮箱">{person.email}</Descriptions.Item>
        <Descriptions.Item label="所在组织">{person.homeOrganizationId ? (organizations.get(person.homeOrganizationId) ?? '（不在您管理的范围内）') : '未归入组织'}</Descriptions.Item>
        <Descriptions.Item label="登记时间">{formatMoment(person.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Divider orientation="left">登录账号</Divider>
      <LoginPanel person={person} />
    </>
  );
}

function PeopleTab({ forest, organizations, defaultOrg }: { forest: readonly OrgNode[]; organizations: Map<string, string>; defaultOrg?: string }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const action = useRef<ActionType>();
  const [open, setOpen] = useState<string | null>(null);

  const columns: ProColumns<Person>[] = [
    { title: '姓名或邮箱', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '输入姓名或邮箱的一部分' } },
    { title: '姓名', dataIndex: 'name', search: false, render: (_, person) => <a onClick={() => setOpen(person.id)}>{person.name}</a> },
    { title: '邮箱', dataIndex: 'email', search: false, copyable: true },
    { title: '所在组织', dataIndex: 'homeOrganizationId', search: false, render: (_, person) => (person.homeOrganizationId ? (organizations.get(person.homeOrganizationId) ?? '—') : '未归入组织') },
    { title: '登记时间', dataIndex: 'createdAt', search: false, responsive: ['lg'], render: (_, person) => formatMoment(person.createdAt) },
    {
      title: '操作',
      valueType: 'option',
      render: (_, person) => [
        <Button key="account" type="link" size="small" onClick={() => setOpen(person.id)}>
          详情与账号
        </Button>,
      ],
    },
  ];

  return (
    <>
      <ProTable<Person, { q?: string }>
        rowKey="id"
        actionRef={action}
        columns={columns}
        headerTitle="人员"
        tooltip="按姓名排序，每次最多查出 500 人，请用关键字缩小范围"
        search={{ labelWidth: 'auto' }}
        options={{ density: false, setting: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [<CreatePersonForm key="create" forest={forest} defaultOrg={defaultOrg} onDone={() => action.current?.reload()} />]}
        request={async (params) => {
          try {
            const q = params.q?.trim();
            const people = await unwrap<Person[]>(api.GET('/people', { params: { query: q ? { q } : {} } }));
            return { data: people, total: people.length, success: true };
          } catch (error) {
            message.error(messageOf(error));
            return { data: [], total: 0, success: false };
          }
        }}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} title="人员详情与登录账号" width={screens.md ? 560 : '100%'} destroyOnHidden>
        {open && <PersonDetail personId={open} organizations={organizations} />}
      </Drawer>
    </>
  );
}

/** 管理员授权: who administers the organization and all below it (GET/POST/DELETE /organizations/:id/administrators). */
function AdministratorsTab({ forest, orgId, setOrgId }: { forest: readonly OrgNode[]; orgId?: string; setOrgId: (id: string | undefined) => void }) {
  const { message } = App.useApp();
  const [grants, setGrants] = useState<AdministratorGrant[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ personId?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const organization = findNode(forest, orgId);

  const load = useCallback(async () => {
    if (!orgId) return;
    setLoading(true);
    setError(null);
    try {
      setGrants(await unwrap<AdministratorGrant[]>(api.GET('/organizations/{id}/administrators', { params: { path: { id: orgId } } })));
    } catch (failure) {
      setGrants([]);
      setError(messageOf(failure));
    } finally {
      setLoading(false);
    }
  }, [orgId]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (grant: AdministratorGrant) => {
    setError(null);
    try {
      await unwrap(api.DELETE('/organizations/{id}/administrators/{personId}', { params: { path: { id: grant.organizationId, personId: grant.personId } } }));
      message.success(`已撤销${grant.person.name}的管理员授权`);
      await load();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <Card
      title={
        <Space wrap>
          <span>组织</span>
          <OrgPicker forest={forest} value={orgId} onChange={(id) => setOrgId(id)} aria-label="选择组织" />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {organization && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 16 }}
          onFinish={async (values) => {
            setProblem(null);
            if (!values.personId) {
              form.setFields([{ name: 'personId', errors: ['请选择要授权的人员'] }]);
              return;
            }
            try {
              const grant = await unwrap<AdministratorGrant>(api.POST('/organizations/{id}/administrators', { params: { path: { id: organization.id } }, body: { personId: values.personId } }));
              message.success(`已授权${grant.person.name}管理“${organization.name}”及其全部下级`);
              form.resetFields();
              await load();
            } catch (failure) {
              setProblem(showRefusal(form, failure, ['personId']));
            }
          }}
        >
          <Form.Item name="personId" label="授权人员">
            <PersonSelect style={{ width: 320 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              授权为管理员
            </Button>
          </Form.Item>
        </Form>
      )}
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">管理员管理本组织及其全部下级：组织、职位、人员、任免与事件、制度与周期。上级组织的管理员同样可以管理本组织，不在此列出。</Typography.Paragraph>
      <Table<AdministratorGrant>
        rowKey="personId"
        loading={loading}
        dataSource={grants}
        pagination={false}
        locale={{ emptyText: orgId ? '该组织没有单独授权的管理员' : '请先选择组织' }}
        columns={[
          { title: '姓名', dataIndex: ['person', 'name'] },
          { title: '邮箱', dataIndex: ['person', 'email'] },
          { title: '授权时间', dataIndex: 'createdAt', render: (at: string) => formatMoment(at) },
          {
            title: '操作',
            key: 'actions',
            render: (_, grant) => (
              <Popconfirm title={`撤销${grant.person.name}的管理员授权？`} okText="确认撤销" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => revoke(grant)}>
                <Button type="link" size="small" danger>
                  撤销授权
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 人员与账号: the people in sight with their login accounts, and the administrator grants of each organization. */
export default function PeoplePage() {
  const { forest, organizations, error } = useOrgForest();
  const [orgId, setOrgId] = useSelectedOrg();
  const names = useMemo(() => new Map(organizations.map((organization: Organization) => [organization.id, organization.name])), [organizations]);

  useEffect(() => {
    if (!orgId && forest[0]) setOrgId(forest[0].id);
  }, [orgId, forest, setOrgId]);

  return (
    <PageContainer title="人员与账号" subTitle="登记人员、开通和管理登录账号、授权组织管理员">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          { key: 'people', label: '人员', children: <PeopleTab forest={forest} organizations={names} defaultOrg={orgId} /> },
          { key: 'administrators', label: '管理员授权', children: <AdministratorsTab forest={forest} orgId={orgId} setOrgId={setOrgId} /> },
        ]}
      />
    </PageContainer>
  );
}
