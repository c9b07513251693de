import { Alert, App, Button, Checkbox, Drawer, Form, Grid, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { ApiError } from '../../../errors/api-error';
import { showRefusal } from '../../../errors/form-refusal';
import { splitFieldProblems, toNamePath } from '../../../errors/refusal';
import { CADENCE_OPTIONS, DUE_RULE_KIND_LABELS, fieldValueText } from './config-text';
import type { ConfigurationChange, EffectiveObligation, OverridableField, OverrideRecord } from './config-views';
import { ImpactModal } from './ImpactModal';
import { activeOverride, overrideBody, overrideFormField, overrideProblems, overrideValues, type OverrideValues } from './override-form';

const API_FIELDS = ['fields', 'reason', 'applyToOpenDuties'];
const DURATION_HINT = 'ISO-8601 时长，如 P7D（7 天）、PT12H（12 小时）、P1M（1 个月）';

/** 覆盖一项义务: tick the fields to override, give the values and the reason; the change is previewed before it is saved. */
export function OverrideDrawer({ organizationId, obligation, records, onClose, onSaved }: { organizationId: string; obligation: EffectiveObligation | null; records: OverrideRecord[]; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  // Untyped: refusals name fields by path (fields.dueRule.months).
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<ReturnType<typeof overrideBody> | null>(null);
  const active = obligation ? activeOverride(records, obligation.templateId) : undefined;
  const use = Form.useWatch('use', form) ?? {};
  const ruleKind = Form.useWatch(['fields', 'dueRule', 'kind'], form);

  useEffect(() => {
    if (!obligation) return;
    form.resetFields();
    form.setFieldsValue(overrideValues(obligation, active));
    setProblem(null);
  }, [form, obligation, active]);

  const submit = async () => {
    setProblem(null);
    const values = form.getFieldsValue(true) as OverrideValues;
    const problems = overrideProblems(values);
    const names = ['reason', ...Object.keys(values.fields ?? {}).filter((f) => f !== 'dueRule').map((f) => `fields.${f}`), 'fields.dueRule.kind', 'fields.dueRule.months', 'fields.dueRule.within'];
    form.setFields(names.map((name) => ({ name: toNamePath(name), errors: problems[name] ? [problems[name]] : [] })));
    if (Object.keys(problems).length > 0) return;
    setPending(overrideBody(values));
  };

  const save = async () => {
    if (!obligation || !pending) return;
    try {
      const answer = await unwrap<{ openDutiesChanged: number }>(
        api.PUT('/organizations/{organizationId}/overrides/{templateId}', { params: { path: { organizationId, templateId: obligation.templateId } }, body: pending as never }),
      );
      message.success(Object.keys(pending.fields).length ? `覆盖已保存${pending.applyToOpenDuties ? `，已调整 ${answer.openDutiesChanged} 项未完成事项` : '，自下一周期起生效'}` : '覆盖已撤销');
      setPending(null);
      onSaved();
      onClose();
    } catch (error) {
      setPending(null);
      setProblem(showRefusal(form, error, API_FIELDS, { 'fields.dueRule': overrideFormField('fields.dueRule') }));
    }
  };

  const refused = useCallback(
    (error: ApiError) => {
      const { shown, message: rest } = splitFieldProblems(error.refusal, ['change']);
      form.setFields(Object.entries(shown).map(([field, reason]) => ({ name: toNamePath(overrideFormField(field)), errors: [reason] })));
      setProblem(rest);
      setPending(null);
    },
    [form],
  );

  const change = useMemo<ConfigurationChange | null>(() => (pending && obligation ? { kind: 'override', templateId: obligation.templateId, fields: pending.fields } : null), [pending, obligation]);

  const row = (field: OverridableField, editor: React.ReactNode, extra?: string) => {
    const current = obligation?.fields[field];
    return (
      <div key={field} style={{ display: 'flex', gap: 12, alignItems: 'flex-start', marginBottom: 4 }}>
        <Form.Item name={['use', field]} valuePropName="checked" style={{ width: 150, marginBottom: 8 }}>
          <Checkbox>{current?.label ?? field}</Checkbox>
        </Form.Item>
        <div style={{ flex: 1 }}>
          {use[field] ? (
            editor
          ) : (
            <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
              {current ? fieldValueText(field, current.value) : '—'}（不覆盖）
            </Typography.Text>
          )}
          {extra && use[field] && <div style={{ color: 'rgba(0,0,0,0.45)', marginTop: -4, marginBottom: 8 }}>{extra}</div>}
        </div>
      </div>
    );
  };
  const duration = (field: OverridableField, nullable = false) =>
    row(
      field,
      <Form.Item name={['fields', field]} style={{ marginBottom: 8 }}>
        <Input aria-label={`${obligation?.fields[field]?.label ?? field}的新值`} placeholder={nullable ? '如 P3D；留空表示不提醒' : '如 P7D'} style={{ width: 240 }} />
      </Form.Item>,
      DURATION_HINT,
    );

  return (
    <Drawer
      open={!!obligation}
      onClose={onClose}
      title={obligation ? `覆盖：${obligation.title}` : '覆盖'}
      width={screens.lg ? 760 : '100%'}
      destroyOnHidden
      extra={
        <Button type="primary" onClick={submit}>
          预览影响并保存
        </Button>
      }
    >
      {obligation && (
        <Form form={form} layout="vertical">
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message="勾选要覆盖的项并填写新值；未勾选的项沿用策略包、上级的覆盖或产品默认。全部不勾选即撤销本组织对该义务的覆盖。覆盖作用于本组织及沿用本组织的下级。"
          />
          {active && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`本组织现有覆盖（${Object.keys(active.fields).length} 项），理由：${active.reason}。保存后将替代它（历史保留）。`} />
          )}
          {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
          {row(
            'enabled',
            <Form.Item name={['fields', 'enabled']} valuePropName="checked" style={{ marginBottom: 8 }}>
              <Switch checkedChildren="启用" unCheckedChildren="停用" aria-label="是否启用的新值" />
            </Form.Item>,
          )}
          {obligation.fields.cadence?.value !== 'event' &&
            row(
              'cadence',
              <Form.Item name={['fields', 'cadence']} style={{ marginBottom: 8 }}>
                <Select aria-label="周期的新值" style={{ width: 240 }} options={CADENCE_OPTIONS.filter((o) => o.value !== 'event').map((o) => ({ ...o }))} />
              </Form.Item>,
            )}
          {row(
            'minPerPeriod',
            <Form.Item name={['fields', 'minPerPeriod']} style={{ marginBottom: 8 }}>
              <InputNumber aria-label="每周期最少次数的新值" min={1} max={366} precision={0} suffix="次" />
            </Form.Item>,
          )}
          {row(
            'dueRule',
            <Space wrap align="start">
              <Form.Item name={['fields', 'dueRule', 'kind']} style={{ marginBottom: 8 }}>
                <Select
                  aria-label="截止规则的新值"
                  style={{ width: 240 }}
                  options={(obligation.fields.cadence?.value === 'event' ? (['after_event'] as const) : (['end_of_period', 'months_into_period', 'after_period_end'] as const)).map((kind) => ({ value: kind, label: DUE_RULE_KIND_LABELS[kind] }))}
                />
              </Form.Item>
              {ruleKind === 'months_into_period' && (
                <Form.Item name={['fields', 'dueRule', 'months']} style={{ marginBottom: 8 }}>
                  <InputNumber aria-label="月数" min={1} max={36} precision={0} suffix="个月" />
                </Form.Item>
              )}
              {(ruleKind === 'after_period_end' || ruleKind === 'after_event') && (
                <Form.Item name={['fields', 'dueRule', 'within']} style={{ marginBottom: 8 }}>
                  <Input aria-label="期限" placeholder="如 P1M" style={{ width: 160 }} />
                </Form.Item>
              )}
            </Space>,
          )}
          {row(
            'reminderOffsets',
            <Form.Item name={['fields', 'reminderOffsets']} style={{ marginBottom: 8 }}>
              <Select aria-label="提前提醒的新值" mode="tags" style={{ width: 360 }} placeholder="截止前多久提醒，如 P30D、P7D" tokenSeparators={[',', '，', ' ']} />
            </Form.Item>,
            '每项为截止前多久提醒一次，' + DURATION_HINT,
          )}
          {duration('gracePeriod')}
          {duration('approvalTimeout')}
          {duration('overdueReminderInterval', true)}
          {duration('acknowledgeReminderInterval', true)}
          {duration('warningWindow')}
          <Form.Item
            name="reason"
            label="覆盖理由"
            required
            tooltip="例如：学校党委决定一把手每半年与班子成员谈心谈话一次"
            style={{ marginTop: 16 }}
          >
            <Input.TextArea aria-label="覆盖理由" rows={3} showCount maxLength={1000} placeholder="说明依据（会议决定、文件等），将记入覆盖记录" />
          </Form.Item>
          <Form.Item name="applyToOpenDuties" valuePropName="checked">
            <Checkbox>立即作用于未完成的事项（否则自下一周期起生效）</Checkbox>
          </Form.Item>
        </Form>
      )}
      {obligation && (
        <ImpactModal
          open={!!pending}
          organizationId={organizationId}
          change={change}
          description={
            pending && Object.keys(pending.fields).length === 0
              ? `撤销本组织对“${obligation.title}”的覆盖，恢复沿用策略包或上级的设置。`
              : `覆盖“${obligation.title}”的 ${Object.keys(pending?.fields ?? {}).length} 项设置${pending?.applyToOpenDuties ? '，并立即作用于未完成的事项' : '，自下一周期起生效'}。`
          }
          onCancel={() => setPending(null)}
          onConfirm={save}
          onRefused={refused}
        />
      )}
    </Drawer>
  );
}
