import { ProTable } from '@ant-design/pro-components';
import { Alert, Collapse, InputNumber, Modal, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../errors/api-error';
import type { ConfigurationChange, ConfigurationDiff } from './config-views';
import { DIFF_CHANGE_COLOURS, DIFF_CHANGE_LABELS, diffHeadline, diffOrganizations, type DiffRow } from './diff-rows';

interface Props {
  open: boolean;
  organizationId: string;
  change: ConfigurationChange | null;
  /** What is about to be saved, e.g. “改选策略包为 …”. */
  description: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  /** A refusal of the preview itself (a field the API names): the caller shows it next to its field. */
  onRefused?: (error: ApiError) => void;
}

const thisYear = () => new Date().getFullYear();

/** 变更影响预览: what a pack change or an override does to the year, per organization, before it is saved. */
export function ImpactModal({ open, organizationId, change, description, onConfirm, onCancel, onRefused }: Props) {
  const [year, setYear] = useState<number>(thisYear() + 1);
  const [diff, setDiff] = useState<ConfigurationDiff | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open || !change) return;
    let stale = false;
    setLoading(true);
    setProblem(null);
    setDiff(null);
    unwrap<ConfigurationDiff>(api.POST('/organizations/{id}/configuration-diff', { params: { path: { id: organizationId } }, body: { year, change } as never }))
      .then((answer) => !stale && setDiff(answer))
      .catch((error) => {
        if (stale) return;
        if (error instanceof ApiError && error.status === 400 && onRefused) onRefused(error);
        setProblem(messageOf(error));
      })
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [open, change, organizationId, year, onRefused]);

  const confirm = async () => {
    setSaving(true);
    try {
      await onConfirm();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="变更影响预览"
      width={960}
      okText="确认保存"
      cancelText="返回修改"
      onOk={confirm}
      onCancel={onCancel}
      okButtonProps={{ disabled: loading || !diff, loading: saving }}
      destroyOnHidden
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto' } }}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text>{description}</Typography.Text>
        <Space>
          <span>预览年度</span>
          <InputNumber aria-label="预览年度" min={2000} max={2100} precision={0} value={year} onChange={(value) => value && setYear(value)} />
        </Space>
        {problem && <Alert type="error" showIcon message={`无法预览影响：${problem}`} />}
        {loading && <Spin tip="正在按变更前后的配置分别规划该年度…"><div style={{ height: 80 }} /></Spin>}
        {diff && (
          <>
            <Alert type={diff.organizations.length ? 'warning' : 'success'} showIcon message={diffHeadline(diff)} />
            <Space size="large">
              <Statistic title="新增" value={diff.totals.added} suffix="项" valueStyle={{ color: '#389e0d' }} />
              <Statistic title="取消" value={diff.totals.removed} suffix="项" valueStyle={{ color: '#cf1322' }} />
              <Statistic title="改期" value={diff.totals.moved} suffix="项" valueStyle={{ color: '#d46b08' }} />
            </Space>
            {diff.organizations.length > 0 && (
              <Collapse
                defaultActiveKey={diff.organizations.length <= 3 ? diff.organizations.map((o) => o.organizationId) : [diff.organizations[0].organizationId]}
                items={diffOrganizations(diff).map((organization) => ({
                  key: organization.organizationId,
                  label: `${organization.name}：${organization.summary}`,
                  children: (
                    <ProTable<DiffRow>
                      rowKey="key"
                      size="small"
                      search={false}
                      options={false}
                      toolBarRender={false}
                      dataSource={organization.rows}
                      pagination={organization.rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
                      columns={[
                        { title: '变化', dataIndex: 'change', width: 70, render: (_, row) => <Tag color={DIFF_CHANGE_COLOURS[row.change]}>{DIFF_CHANGE_LABELS[row.change]}</Tag> },
                        { title: '事项', dataIndex: 'title' },
                        { title: '周期', dataIndex: 'period', width: 130 },
                        { title: '截止日期', dataIndex: 'dueDate', width: 120 },
                        { title: '责任人', dataIndex: 'responsible', width: 180 },
                        { title: '对象', dataIndex: 'counterpart', width: 90 },
                      ]}
                    />
                  ),
                }))}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
