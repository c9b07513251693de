import { Alert, App, Badge, Button, Card, Checkbox, Descriptions, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../errors/api-error';
import { formatMoment } from '../../../duties/format';
import type { CycleStatus } from './config-views';

/** 周期开关: whether the organization's cycles run (create each period's duties and chase them), for it and its subtree. */
export function CyclesCard({ organizationId, status, hasPack, canManage, onChanged }: { organizationId: string; status: CycleStatus; hasPack: boolean; canManage: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [includeSubtree, setIncludeSubtree] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const switchTo = async (enabled: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await unwrap<{ organizations: number }>(api.POST('/organizations/{organizationId}/cycles', { params: { path: { organizationId } }, body: { enabled, includeSubtree } }));
      message.success(`${enabled ? '已开启' : '已停止'} ${answer.organizations} 个组织的周期`);
      onChanged();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const action = status.enabled ? '停止周期' : '开启周期';
  return (
    <Card title="周期运行">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          {status.enabled ? <Badge status={status.running ? 'processing' : 'warning'} text={status.running ? '已开启，运行中' : '已开启，流程未运行'} /> : <Badge status="default" text="未开启" />}
        </Descriptions.Item>
        <Descriptions.Item label={status.enabled ? '开启时间' : '上次开启'}>{status.enabledAt ? formatMoment(status.enabledAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label="已生成至">{status.openedThrough ? formatMoment(status.openedThrough) : '—'}</Descriptions.Item>
        <Descriptions.Item label="下一次生成">{status.nextOpening ? formatMoment(status.nextOpening) : '—'}</Descriptions.Item>
        <Descriptions.Item label="本组织事项">{status.duties} 项</Descriptions.Item>
      </Descriptions>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      {canManage && (
        <Space wrap>
          <Checkbox checked={includeSubtree} onChange={(e) => setIncludeSubtree(e.target.checked)}>
            同时作用于全部下级组织
          </Checkbox>
          <Popconfirm
            title={`确定${action}？`}
            description={status.enabled ? '停止后不再生成新事项，已生成的事项照常督办。' : '开启后按生效配置在每期开启时生成事项并督办。'}
            okText={action}
            cancelText="取消"
            onConfirm={() => switchTo(!status.enabled)}
          >
            <Button type={status.enabled ? 'default' : 'primary'} danger={status.enabled} loading={busy} disabled={!status.enabled && !hasPack}>
              {action}
            </Button>
          </Popconfirm>
          {!status.enabled && !hasPack && <span style={{ color: 'rgba(0,0,0,0.45)' }}>请先选择策略包</span>}
        </Space>
      )}
    </Card>
  );
}
