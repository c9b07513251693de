import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { Alert, App, Button, DatePicker, Drawer, Form, Grid, Input, InputNumber, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import type { ActionType } from '@ant-design/pro-components';
import { api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../errors/api-error';
import { splitFieldProblems, toNamePath } from '../../../errors/refusal';
import { formatMoment } from '../../../duties/format';
import type { CalendarYearDetail, CalendarYearSummary } from './config-views';
import { holidayBody, holidayFormField, holidayProblems, holidayValues, type HolidayValues } from './holiday-form';

/** The form holds dayjs values; the rules work on days (YYYY-MM-DD). */
interface FormValues {
  year?: number;
  source?: string;
  holidays: { name?: string; range?: [Dayjs, Dayjs] }[];
  makeUpWorkdays: (Dayjs | undefined)[];
}
const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);
const toDays = (values: FormValues): HolidayValues => ({
  year: values.year,
  source: values.source,
  holidays: (values.holidays ?? []).map((h) => ({ name: h.name, range: h.range ? [day(h.range[0])!, day(h.range[1])!] : undefined })),
  makeUpWorkdays: (values.makeUpWorkdays ?? []).map(day),
});
const fromDays = (values: HolidayValues): FormValues => ({
  year: values.year,
  source: values.source,
  holidays: values.holidays.map((h) => ({ name: h.name, range: h.range ? [dayjs(h.range[0]), dayjs(h.range[1])] : undefined })),
  makeUpWorkdays: values.makeUpWorkdays.map((d) => (d ? dayjs(d) : undefined)),
});

/** 节假日: the years of the holiday calendar due dates are moved on; system administrators supply later years. */
export default function HolidaysPage() {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const table = useRef<ActionType>(null);
  // Untyped: refusals name nested fields by path (holidays.2.range).
  const [form] = Form.useForm();
  const [editing, setEditing] = useState<{ year: number | null; detail: CalendarYearDetail | null; values: FormValues } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const open = async (year: number | null) => {
    setProblem(null);
    if (year === null) {
      setEditing({ year: null, detail: null, values: { year: new Date().getFullYear() + 1, source: '', holidays: [{}], makeUpWorkdays: [] } });
      return;
    }
    try {
      const detail = await unwrap<CalendarYearDetail>(api.GET('/calendar/years/{year}', { params: { path: { year } } }));
      setEditing({ year, detail, values: fromDays(holidayValues(detail)) });
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  const save = async () => {
    setProblem(null);
    const values = toDays(form.getFieldsValue(true) as FormValues);
    const problems = holidayProblems(values);
    const all = form.getFieldsError().map((f) => ({ name: f.name, errors: [] as string[] }));
    form.setFields([...all, ...Object.entries(problems).map(([field, reason]) => ({ name: toNamePath(field), errors: [reason] }))]);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      const body = holidayBody(values);
      await unwrap(api.PUT('/calendar/years/{year}', { params: { path: { year: body.year } }, body: body as never }));
      message.success(`${body.year} 年节假日安排已保存，此后按工作日顺延的截止日期据此计算`);
      setEditing(null);
      table.current?.reload();
    } catch (error) {
      if (error instanceof ApiError) {
        const { shown, message: rest } = splitFieldProblems(error.refusal, ['year', 'source', 'daysOff', 'makeUpWorkdays']);
        form.setFields(Object.entries(shown).map(([field, reason]) => ({ name: toNamePath(holidayFormField(field, values)), errors: [reason] })));
        setProblem(rest);
      } else setProblem(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer title="节假日" subTitle="节假日日历：截止日期遇节假日顺延时据此判断工作日">
      <ProTable<CalendarYearSummary>
        actionRef={table}
        rowKey="year"
        search={false}
        options={{ density: false, setting: false }}
        pagination={false}
        headerTitle="已有年份"
        toolBarRender={() => [
          <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
            提供新年份
          </Button>,
        ]}
        request={async () => {
          try {
            return { data: await unwrap<CalendarYearSummary[]>(api.GET('/calendar/years')), success: true };
          } catch (error) {
            message.error(messageOf(error));
            return { data: [], success: false };
          }
        }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '年份', dataIndex: 'year', width: 80 },
          { title: '来源', dataIndex: 'originLabel', width: 180, render: (_, y) => <Tag color={y.origin === 'supplied' ? 'blue' : 'default'}>{y.originLabel}{y.replacesBuiltIn ? '（替代内置）' : ''}</Tag> },
          { title: '节日', dataIndex: 'holidays', render: (_, y) => y.holidays.join('、') },
          { title: '放假天数', dataIndex: 'daysOff', width: 90 },
          { title: '调休上班', dataIndex: 'makeUpWorkdays', width: 90 },
          { title: '依据', dataIndex: 'source', ellipsis: true, width: 320 },
          { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (_, y) => formatMoment(y.updatedAt) },
          {
            title: '操作',
            valueType: 'option',
            width: 90,
            render: (_, y) => [
              <Button key="edit" type="link" size="small" aria-label={`查看或修改 ${y.year} 年`} onClick={() => open(y.year)}>
                查看/修改
              </Button>,
            ],
          },
        ]}
      />
      <Drawer
        open={!!editing}
        onClose={() => setEditing(null)}
        title={editing?.year ? `${editing.year} 年节假日安排` : '提供新年份的节假日安排'}
        width={screens.lg ? 720 : '100%'}
        destroyOnHidden
        extra={
          <Button type="primary" loading={saving} onClick={save}>
            保存安排
          </Button>
        }
      >
        {editing?.detail && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`${editing.detail.originLabel}${editing.detail.updatedAt ? `，更新于 ${formatMoment(editing.detail.updatedAt)}` : ''}。保存后以此为准（替代内置安排）。`} />}
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={editing?.values}>
          <Form.Item name="year" label="年份" required>
            <InputNumber aria-label="年份" min={2000} max={2100} precision={0} disabled={!!editing?.year} />
          </Form.Item>
          <Form.Item name="source" label="依据" required>
            <Input aria-label="依据" placeholder="如 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）" />
          </Form.Item>
          <Form.Item label="放假安排（每个假期一行，含假期内的周六、周日）" required>
            <Form.List name="holidays">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start" style={{ display: 'flex' }}>
                      <Form.Item name={[field.name, 'name']} style={{ marginBottom: 8 }}>
                        <Input aria-label={`第 ${index + 1} 个假期的名称`} placeholder="节日名称，如 春节" style={{ width: 160 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'range']} style={{ marginBottom: 8 }}>
                        <DatePicker.RangePicker aria-label={`第 ${index + 1} 个假期的日期`} placeholder={['放假开始', '放假结束']} />
                      </Form.Item>
                      <Button type="text" aria-label={`删除第 ${index + 1} 个假期`} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    添加假期
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label="调休上班日（周六或周日）">
            <Form.List name="makeUpWorkdays">
              {(fields, { add, remove }) => (
                <Space wrap>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start">
                      <Form.Item name={field.name} style={{ marginBottom: 8 }}>
                        <DatePicker aria-label={`第 ${index + 1} 个调休上班日`} />
                      </Form.Item>
                      <Button type="text" aria-label={`删除第 ${index + 1} 个调休上班日`} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                    添加调休上班日
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
        </Form>
      </Drawer>
    </PageContainer>
  );
}
