import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, Col, Descriptions, Empty, Input, Row, Space, Table, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthProvider';
import { findNode, pathTo, searchForest, toOptions, type OrgNode } from './org-forest';
import { bySeat, roleLabel } from './labels';
import { CreateOrganizationForm, DissolveOrganizationForm, UpdateOrganizationForm } from './OrgForms';
import { useOrgForest } from './useOrgForest';

function OrgDetail({ node, forest, systemAdmin, onChanged }: { node: OrgNode; forest: readonly OrgNode[]; systemAdmin: boolean; onChanged: () => void }) {
  const parentName = node.parentId ? (findNode(forest, node.parentId)?.name ?? '（不在您管理的范围内）') : '无（顶级组织）';
  return (
    <Card
      title={
        <Space>
          {node.name}
          {node.dissolved && <Tag color="default">已撤销</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <CreateOrganizationForm parent={node} onDone={onChanged} />
          <UpdateOrganizationForm node={node} forest={forest} systemAdmin={systemAdmin} onDone={onChanged} />
          <DissolveOrganizationForm node={node} onDone={onChanged} />
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="组织名称">{node.name}</Descriptions.Item>
        <Descriptions.Item label="组织代码">{node.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="上级组织">{parentName}</Descriptions.Item>
        <Descriptions.Item label="层级">{pathTo(forest, node.id).join(' / ')}</Descriptions.Item>
        <Descriptions.Item label="直属下级">{node.children.length > 0 ? `${node.children.length} 个` : '无'}</Descriptions.Item>
        <Descriptions.Item label="状态">{node.dissolved ? '已撤销' : '正常'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        职位与任职人
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...node.positions].sort(bySeat)}
        locale={{ emptyText: '尚未设置职位' }}
        columns={[
          { title: '职务', dataIndex: 'title' },
          { title: '角色', dataIndex: 'role', render: (role: string) => roleLabel(role) },
          { title: '任职人', dataIndex: ['holder', 'name'], render: (_: unknown, position) => position.holder?.name ?? <Typography.Text type="secondary">空缺</Typography.Text> },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        <Link to={`/org/positions?org=${node.id}`}>管理职位与任职</Link>
        <Link to={`/org/people?org=${node.id}`}>人员与管理员</Link>
        <Link to={`/org/events?org=${node.id}`}>任免与事件</Link>
        <Link to={`/org/import?org=${node.id}`}>Excel 导入下级</Link>
      </Space>
    </Card>
  );
}

/** 组织树: the organizations the person administers, one selected in the detail panel with what can be done to it. */
export default function OrgTreePage() {
  const { me } = useAuth();
  const { loading, error, forest, reload } = useOrgForest();
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [search, setSearch] = useState('');
  const systemAdmin = !!me?.systemAdmin;

  const found = useMemo(() => searchForest(forest, search), [forest, search]);
  const treeData = useMemo(() => toOptions(forest, () => false), [forest]);
  const node = findNode(forest, selected) ?? forest[0] ?? null;
  // Until the person opens or closes a branch: two levels open, or what a search found.
  const expandedKeys = search ? found.expand : (expanded ?? forest.flatMap((root) => [root.id, ...root.children.map((child) => child.id)]));

  return (
    <PageContainer title="组织树" subTitle="您管理的组织及其下级" extra={systemAdmin ? [<CreateOrganizationForm key="root" parent={null} onDone={() => void reload()} />] : []}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card title="组织" loading={loading && forest.length === 0}>
            <Input.Search placeholder="按名称或代码查找" aria-label="查找组织" allowClear value={search} onChange={(event) => setSearch(event.target.value)} style={{ marginBottom: 12 }} />
            {search && found.matches.length === 0 && <Typography.Text type="secondary">没有找到匹配的组织</Typography.Text>}
            {forest.length === 0 && !loading ? (
              <Empty description="您尚未管理任何组织" />
            ) : (
              <Tree
                showLine
                blockNode
                treeData={treeData}
                expandedKeys={expandedKeys}
                onExpand={(keys) => {
                  setSearch('');
                  setExpanded(keys.map(String));
                }}
                selectedKeys={node ? [node.id] : []}
                onSelect={(keys) => keys[0] && setSelected(String(keys[0]))}
                titleRender={(option) => (found.matches.includes(String(option.key)) ? <Typography.Text mark>{String(option.title)}</Typography.Text> : String(option.title))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {node ? <OrgDetail node={node} forest={forest} systemAdmin={systemAdmin} onChanged={() => void reload()} /> : <Card loading={loading}>{!loading && <Empty description="请在左侧选择组织" />}</Card>}
        </Col>
      </Row>
    </PageContainer>
  );
}
