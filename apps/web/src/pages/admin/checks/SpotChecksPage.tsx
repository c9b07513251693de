import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { ApiError, messageOf } from '../../../errors/api-error';
import { useOrganizationChoice } from '../config/useOrganizationChoice';
import { drawFieldPath, endOfDayInChina, SPOT_CHECK_KIND_OPTIONS } from './check-text';
import type { DrawVerification, SpotCheckCandidate, SpotCheckDraw, SpotCheckKind } from './check-views';

interface DrawForm {
  kind: SpotCheckKind;
  dueDate: Dayjs;
  exclusions?: { personId: string; reason: string }[];
}

const METHOD = '方法 sha256-rank-v1：抽取人数 = ⌈10% × 名单人数⌉；去掉被排除者，按 SHA-256(“种子:人员 id”) 升序取前若干人。任何人可凭种子和名单复算。';

/** 随机抽查: make a draw (kind, year, exclusions with reasons, due date); each draw with its seed and lists, 复核 and 作废. */
export default function SpotChecksPage() {
  const { message } = App.useApp();
  const { me } = useAuth();
  const canManage = !!(me?.roles.administrator || me?.roles.systemAdmin);
  const { organizationId, picker, alert } = useOrganizationChoice();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [draws, setDraws] = useState<SpotCheckDraw[] | null>(null);
  const [candidates, setCandidates] = useState<SpotCheckCandidate[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [checks, setChecks] = useState<Record<string, DrawVerification | 'loading'>>({});
  const [voiding, setVoiding] = useState<SpotCheckDraw | null>(null);
  const [form] = Form.useForm<DrawForm>();
  const [voidForm] = Form.useForm<{ reason: string }>();
  const kind = Form.useWatch('kind', form);

  const load = useCallback(() => {
    if (!organizationId) return;
    unwrap<SpotCheckDraw[]>(api.GET('/organizations/{id}/spot-checks', { params: { path: { id: organizationId }, query: { year } } })).then(
      (answer) => (setDraws(answer), setProblem(null)),
      (error) => setProblem(messageOf(error)),
    );
  }, [organizationId, year]);
  useEffect(load, [load]);
  useEffect(() => {
    if (!organizationId || !kind) return;
    unwrap<SpotCheckCandidate[]>(api.GET('/organizations/{id}/spot-check-candidates', { params: { path: { id: organizationId }, query: { kind } } })).then(setCandidates, () => setCandidates([]));
  }, [organizationId, kind]);

  const draw = async (values: DrawForm) => {
    if (!organizationId) return;
    setDrawing(true);
    try {
      const body = { kind: values.kind, year, dueAt: endOfDayInChina(values.dueDate.format('YYYY-MM-DD')), exclusions: values.exclusions ?? [] };
      const answer = await unwrap<SpotCheckDraw>(api.POST('/organizations/{id}/spot-checks', { params: { path: { id: organizationId } }, body }));
      message.success(`已抽取 ${answer.drawn.length} 人，核实事项已下达`);
      form.resetFields(['exclusions']);
      load();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.refusal.fields).length > 0) {
        form.setFields(Object.entries(error.refusal.fields).map(([field, reason]) => ({ name: drawFieldPath(field) as never, errors: [reason] })));
      } else message.error(messageOf(error));
    } finally {
      setDrawing(false);
    }
  };

  const verify = async (d: SpotCheckDraw) => {
    setChecks((c) => ({ ...c, [d.id]: 'loading' }));
    try {
      const answer = await unwrap<DrawVerification>(api.GET('/organizations/{id}/spot-checks/{drawId}/verification', { params: { path: { id: organizationId!, drawId: d.id } } }));
      setChecks((c) => ({ ...c, [d.id]: answer }));
    } catch (error) {
      setChecks((c) => ({ ...c, [d.id]: undefined as never }));
      message.error(messageOf(error));
    }
  };

  const voidDraw = async () => {
    if (!voiding || !organizationId) return;
    const { reason } = await voidForm.validateFields();
    try {
      await unwrap(api.POST('/organizations/{id}/spot-checks/{drawId}/void', { params: { path: { id: organizationId, drawId: voiding.id } }, body: { reason } }));
      message.success('已作废，未完成的核实事项已撤销');
      setVoiding(null);
      voidForm.resetFields();
      load();
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  /** A valid draw of the chosen kind this year: a second one is refused until it is voided. */
  const drawn = !!kind && !!draws?.some((d) => d.kind === kind && !d.voided);
  const nameOf = (d: SpotCheckDraw, id: string) => d.candidates.find((c) => c.personId === id)?.personName ?? id;
  return (
    <PageContainer title="随机抽查" subTitle="每年按人数 10% 抽查核实（安徽（九）；北京（二十）），系统记录随机种子，结果可复算">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          {picker}
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} style={{ width: 100 }} />
        </Space>
        {alert}
        {problem && <Alert type="error" showIcon message={problem} />}
        {canManage && (
          <Card title={`${year} 年度抽取`}>
            <Form form={form} layout="vertical" onFinish={draw}>
              <Form.Item name="kind" label="抽查类型" rules={[{ required: true, message: '请选择抽查类型' }]}>
                <Select options={SPOT_CHECK_KIND_OPTIONS} placeholder="选择抽查类型" />
              </Form.Item>
              {kind && (
                <Typography.Paragraph type="secondary">
                  名单 {candidates.length} 人，将抽取 {Math.ceil((candidates.length * 10) / 100)} 人
                  {candidates.some((c) => c.underCheck) && `；已有未完成核实事项、将自动排除：${candidates.filter((c) => c.underCheck).map((c) => c.personName).join('、')}`}
                </Typography.Paragraph>
              )}
              <Form.Item name="dueDate" label="核实截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
                <DatePicker style={{ width: 200 }} />
              </Form.Item>
              <Form.List name="exclusions">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Space key={field.key} wrap align="baseline">
                        <Form.Item name={[field.name, 'personId']} rules={[{ required: true, message: '请选择人员' }]}>
                          <Select style={{ width: 200 }} placeholder="排除的人员" options={candidates.map((c) => ({ value: c.personId, label: `${c.personName}（${c.organizationName}）` }))} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'reason']} rules={[{ required: true, message: '请写明排除理由' }]}>
                          <Input style={{ width: 220 }} placeholder="排除理由" maxLength={500} />
                        </Form.Item>
                        <MinusCircleOutlined aria-label="删除排除" onClick={() => remove(field.name)} />
                      </Space>
                    ))}
                    <Form.Item>
                      <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                        添加排除人员
                      </Button>
                    </Form.Item>
                  </>
                )}
              </Form.List>
              <Typography.Paragraph type="secondary">{METHOD}</Typography.Paragraph>
              {drawn && <Alert style={{ marginBottom: 12 }} type="info" showIcon message={`${year} 年度已有有效的同类抽查（见下方）；如需重新抽取，请先作废并说明理由`} />}
              {/* Not a submit button: Enter in the date field must not make a draw, which only a void undoes. */}
              <Button type="primary" htmlType="button" onClick={() => form.submit()} loading={drawing} disabled={drawn}>
                随机抽取
              </Button>
            </Form>
          </Card>
        )}
        {draws && draws.length === 0 && <Empty description={`${year} 年度尚无抽查`} />}
        {draws?.map((d) => {
          const check = checks[d.id];
          return (
            <Card
              key={d.id}
              title={
                <span style={{ whiteSpace: 'normal' }}>
                  {d.voided ? <Tag color="default">已作废</Tag> : <Tag color="blue">有效</Tag>}
                  {`${d.year} 年度 · ${d.kindLabel}`}
                </span>
              }
              actions={[
                <Button key="verify" onClick={() => verify(d)} loading={check === 'loading'}>
                  复核抽取结果
                </Button>,
                ...(canManage && !d.voided
                  ? [
                      <Button key="void" danger onClick={() => setVoiding(d)}>
                        作废本次抽查
                      </Button>,
                    ]
                  : []),
              ]}
            >
              {check && check !== 'loading' && (
                <Alert
                  style={{ marginBottom: 12 }}
                  type={check.reproduced ? 'success' : 'error'}
                  showIcon
                  message={check.reproduced ? `复核一致：按记录的种子与名单重新计算，抽中 ${check.recomputed.map((id) => nameOf(d, id)).join('、') || '无人'}` : '复核不一致：记录的结果与重新计算的不同'}
                />
              )}
              {d.voided && <Alert style={{ marginBottom: 12 }} type="warning" showIcon message={`${d.voided.by.name ?? ''}于 ${d.voided.at.slice(0, 10)} 作废：${d.voided.reason}`} />}
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="抽中">{d.drawn.map((p) => p.personName).join('、') || '无'}</Descriptions.Item>
                <Descriptions.Item label="种子">
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                    {d.seed}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="方法">{`${d.method}，比例 ${d.ratePercent}%`}</Descriptions.Item>
                <Descriptions.Item label={`名单（${d.candidates.length} 人）`}>{d.candidates.map((c) => `${c.personName}（${c.organizationName}）`).join('、')}</Descriptions.Item>
                <Descriptions.Item label="排除">{d.exclusions.length ? d.exclusions.map((x) => `${x.personName}：${x.reason}${x.by === 'rule' ? '（系统）' : ''}`).join('；') : '无'}</Descriptions.Item>
                <Descriptions.Item label="核实事项">{d.duties.map((t) => `${t.counterpart?.name ?? ''} · 截止 ${t.dueDate} · ${t.statusLabel}`).join('；') || '无'}</Descriptions.Item>
                <Descriptions.Item label="抽取">{`${d.drawnBy.name ?? ''} ${d.createdAt.slice(0, 16).replace('T', ' ')}`}</Descriptions.Item>
                <Descriptions.Item label="依据">{d.source}</Descriptions.Item>
              </Descriptions>
            </Card>
          );
        })}
      </Space>
      <Modal title="作废本次抽查" open={!!voiding} okText="确认作废" cancelText="取消" onOk={voidDraw} onCancel={() => setVoiding(null)} destroyOnClose>
        <Form form={voidForm} layout="vertical">
          <Form.Item name="reason" label="作废理由" rules={[{ required: true, message: '请写明作废理由' }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
