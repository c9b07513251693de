import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { showRefusal } from '../../../errors/form-refusal';
import { DUE_DATE_MODE_LABELS, durationText, settingSourceText } from './config-text';
import type { ConfigurationChange, CycleSettings, PackSummary } from './config-views';
import { ImpactModal } from './ImpactModal';
import { PackDrawer } from './PackDrawer';
import { changesPack, INHERIT, settingsBody, settingsChecks, settingsValues, type SettingsBody, type SettingsValues } from './settings-form';

const FIELDS = ['packId', 'dueDateMode', 'leadTime', 'termStartYear'];
function check<T>(rule: (value: T) => string | null) {
  return {
    validator: async (_: unknown, value: T) => {
      const reason = rule(value);
      if (reason) throw new Error(reason);
    },
  };
}

/** 策略包与周期设置: the organization's own pack, due-date mode, lead time and term, and what is in force with its source. */
export function SettingsCard({ organizationId, settings, packs, canManage, onSaved }: { organizationId: string; settings: CycleSettings; packs: PackSummary[]; canManage: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<SettingsBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [packShown, setPackShown] = useState<string | null>(null);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(settingsValues(settings.own));
    setProblem(null);
  }, [form, settings]);

  const save = async (body: SettingsBody) => {
    setSaving(true);
    try {
      await unwrap(api.PUT('/organizations/{organizationId}/cycle-settings', { params: { path: { organizationId } }, body: body as never }));
      message.success('设置已保存，各周期将按新设置生成事项');
      setPending(null);
      onSaved();
    } catch (error) {
      setPending(null);
      setProblem(showRefusal(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const submit = async (values: SettingsValues) => {
    setProblem(null);
    const body = settingsBody(values, settings.own);
    if (Object.keys(body).length === 0) {
      message.info('设置没有变化');
      return;
    }
    if (changesPack(body)) setPending(body);
    else await save(body);
  };

  const change = useMemo<ConfigurationChange | null>(() => (pending ? { kind: 'pack', packId: pending.packId ?? null } : null), [pending]);
  const packTitle = (id: string | null | undefined) => (id ? packs.find((p) => p.id === id)?.title ?? id : '沿用上级');
  const effective = settings.effective;

  return (
    <Card title="策略包与周期设置">
      {!effective && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="本组织及其上级均未选择策略包：请先为本组织或上级组织选择策略包，才能生成事项和开启周期" />}
      {effective && (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 24 }} title="实际生效">
          <Descriptions.Item label="策略包">
            <Space wrap>
              {effective.packTitle}
              <Typography.Text type="secondary">{settingSourceText(effective.packSource)}</Typography.Text>
              <Button size="small" type="link" onClick={() => setPackShown(effective.packId)}>
                查看义务模板
              </Button>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="截止日期">
            {DUE_DATE_MODE_LABELS[effective.dueDateMode.value]}（{settingSourceText(effective.dueDateMode.source)}）
          </Descriptions.Item>
          <Descriptions.Item label="提前生成">
            {durationText(effective.leadTime.value)}（{settingSourceText(effective.leadTime.source)}）
          </Descriptions.Item>
          <Descriptions.Item label="本届起始年份">
            {effective.termStartYear.value}（{settingSourceText(effective.termStartYear.source)}）
          </Descriptions.Item>
        </Descriptions>
      )}
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form<SettingsValues> form={form} layout="vertical" onFinish={submit} disabled={!canManage} style={{ maxWidth: 720 }}>
        <Form.Item name="packId" label="策略包（制度文件）" tooltip="改选策略包前会先预览对年度事项的影响">
          <Select
            aria-label="策略包（制度文件）"
            options={[{ value: INHERIT, label: '沿用上级组织的策略包' }, ...packs.map((p) => ({ value: p.id, label: `${p.title}（${p.issuer}，${p.templates} 项义务）` }))]}
          />
        </Form.Item>
        <Form.Item name="dueDateMode" label="截止日期遇节假日">
          <Select aria-label="截止日期遇节假日" options={[{ value: INHERIT, label: '沿用上级' }, ...Object.entries(DUE_DATE_MODE_LABELS).map(([value, label]) => ({ value, label }))]} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="leadTime" label="提前生成时间" tooltip="周期开始前多久生成事项，ISO-8601 时长，如 P7D 表示 7 天；留空沿用上级" rules={[check(settingsChecks.leadTime)]}>
            <Input aria-label="提前生成时间" placeholder="如 P7D；留空沿用上级" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="termStartYear" label="本届起始年份" tooltip="按届计算的义务据此划分届期；留空沿用上级" rules={[check(settingsChecks.termStartYear)]}>
            <InputNumber aria-label="本届起始年份" placeholder="留空沿用上级" min={2000} max={2100} precision={0} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        {canManage && (
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存设置
            </Button>
          </Form.Item>
        )}
      </Form>
      <ImpactModal
        open={!!pending}
        organizationId={organizationId}
        change={change}
        description={`改选策略包：${packTitle(settings.own.packId)} → ${packTitle(pending?.packId)}。保存后，本组织及沿用本组织策略包的下级自下一周期起按新策略包生成事项。`}
        onCancel={() => setPending(null)}
        onConfirm={() => save(pending!)}
      />
      <PackDrawer packId={packShown} onClose={() => setPackShown(null)} />
    </Card>
  );
}
