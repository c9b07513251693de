import { calendarDate } from '@duban/domain';
import { OrganizationEntity, PersonEntity, PositionEntity } from '@duban/persistence';
import { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppointmentsService } from '../appointments/appointments.service';
import { DutiesService } from '../duties/duties.service';
import { ManualDutiesService } from '../duties/manual-duties.service';
import { ExtensionsService } from '../extensions/extensions.service';
import { RectificationSettingsService } from '../rectifications/rectification-settings.service';
import { RectificationsService } from '../rectifications/rectifications.service';

/** What a newcomer sees on the demo tree, each made through the product's own doors (services, workflows, worker). */
export interface DemoYearStep {
  what: string;
  done: boolean;
}

/**
 * A year in progress on the demo tree, so that a newcomer sees a working system in the first minute: duties done
 * with notes, some due soon (yellow), some overdue (red), an escalation waiting for a supervisor, an extension
 * request, and an appointment with its reminder letter about open rectifications. Everything goes through the
 * services the API uses and the worker that runs the chases; the worker must be running. Called once, when the
 * tree is first written (seeding stays idempotent because the tree is).
 */
export async function seedDemoYear(app: INestApplicationContext, zone: string): Promise<DemoYearStep[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const manual = app.get(ManualDutiesService);
  const duties = app.get(DutiesService);
  const extensions = app.get(ExtensionsService);
  const appointments = app.get(AppointmentsService);
  const register = app.get(RectificationsService);
  const rectificationSettings = app.get(RectificationSettingsService);
  const now = DateTime.now().setZone(zone);
  const at = (days: number) => now.plus({ days }).startOf('day').toISO()!;
  const org = async (code: string) => (await dataSource.getRepository(OrganizationEntity).findOneByOrFail({ code })).id;
  const holder = async (code: string, role: string) => {
    const position = await dataSource.getRepository(PositionEntity).findOneByOrFail({ organizationId: await org(code), role: role as PositionEntity['role'] });
    return { personId: position.holderId!, positionId: position.id };
  };
  const issue = async (code: string, templateId: string, dueAt: string, policy?: Record<string, unknown>) => {
    const { body } = await manual.issue(await org(code), { templateId, dueAt, ...(policy ? { policy } : {}) });
    return 'duties' in body && body.duties ? body.duties : [];
  };
  const steps: DemoYearStep[] = [];

  // 市委 (Beijing): this year's supervision talks, one held and recorded with a note.
  const city = await holder('demo-city', 'principal');
  const talks = await issue('demo-city', 'supervision-talk', DateTime.fromObject({ year: now.year, month: 12, day: 31 }, { zone }).plus({ days: 1 }).toISO()!);
  const held = talks.find((d) => d.counterpart?.organizationName === '中共示范市东城区委');
  if (held) await duties.complete(held.id, { heldOn: calendarDate(at(-9), zone), note: '与东城区委书记开展年度监督谈话，就班子建设、选人用人和廉洁自律提出三点要求，已形成谈话记录。' }, { personId: city.personId, systemAdmin: false });
  steps.push({ what: '市委书记与东城区委书记的年度监督谈话已完成并填写情况', done: Boolean(held) });

  // 市委: an admonition left undone for twelve days: overdue, and an escalation waits for the supervisors' decision.
  const late = await issue('demo-city', 'responsibility-admonition', at(-12), { reminderOffsets: [], gracePeriod: 'P3D', approvalTimeout: 'P30D' });
  steps.push({ what: '责任落实不到位约谈逾期 12 天，升级建议待市纪委书记审批', done: late.length > 0 });

  // 市委: one overdue two days (red, still within its grace), one due in four days (yellow) with an extension request.
  const red = await issue('demo-city', 'responsibility-admonition', at(-2), { reminderOffsets: [], gracePeriod: 'P30D' });
  steps.push({ what: '另一项约谈逾期 2 天（红色）', done: red.length > 0 });
  const soon = await issue('demo-city', 'responsibility-admonition', at(4), { reminderOffsets: ['P3D', 'P1D'], warningWindow: 'P7D' });
  const asked = soon[0];
  if (asked) await extensions.request(asked.id, { newDueAt: at(25), reason: '约谈对象参加省委党校集中培训至下旬，申请延期至培训结束后' }, city.personId);
  steps.push({ what: '一项约谈 4 天后到期（黄色），市委书记已申请延期，待审批', done: Boolean(asked) });

  // 市委 (Beijing): the inspection of 东城区委 found problems; the city's 纪委 verifies their rectification, and its
  // public notices go to both districts. A supervision recommendation to 示范县委 waits for its answer.
  const cityDiscipline = await holder('demo-city', 'discipline_secretary');
  await rectificationSettings.put(await org('demo-city'), { noticeRecipientOrganizationIds: [await org('demo-district'), await org('demo-county')] });
  const date = (days: number) => calendarDate(at(days), zone);
  await register.record(
    await org('demo-district'),
    { source: 'inspection', description: '“三重一大”事项集体决策制度执行不严格，个别项目未经党委会研究即实施', category: '贯彻民主集中制', severity: 'serious', foundOn: date(-20), deadline: date(70), reference: `示市巡〔${now.year}〕5号` },
    cityDiscipline.personId,
  );
  await register.record(
    await org('demo-county'),
    { source: 'supervision_recommendation', description: '工程项目招投标监管存在漏洞，建议健全招标代理机构管理制度', category: '工程建设领域', severity: 'general', foundOn: date(-5), deadline: date(25), reference: `示纪建〔${now.year}〕2号` },
    cityDiscipline.personId,
  );
  steps.push({ what: '市委巡察东城区委发现的问题已登记整改台账，县委收到纪检监察建议待反馈', done: true });

  // 计算机学院 (CZU): an inspection finding about its student branch is being rectified; then the branch's new 一把手
  // is appointed today: the college's secretary owes the 巡察整改履责提醒函 (CZ 10), sent as a numbered PDF.
  const collegeDiscipline = await holder('demo-cs', 'discipline_secretary');
  const rectifications = await register.recordAll(
    [{ organizationId: await org('demo-cs-students'), source: 'inspection', description: '学生党员发展程序不规范，部分材料缺少支部大会讨论记录', category: '基层组织建设', severity: 'general', foundOn: date(-30), deadline: date(45) }],
    collegeDiscipline.personId,
    null,
  );
  const branch = await holder('demo-cs-students', 'principal');
  const newcomer = await dataSource
    .getRepository(PersonEntity)
    .save({ name: '范志远', email: 'demo-cs-students.new-shuji@demo.duban.local', homeOrganizationId: await org('demo-cs-students') });
  const appointment = await appointments.record({
    kind: 'appointment',
    personId: newcomer.id,
    positionId: branch.positionId,
    effectiveOn: calendarDate(now.toISO()!, zone),
    documentNo: `示大计党〔${now.year}〕12号`,
  });
  steps.push({ what: `学生总支新任书记范志远今日到任（${appointment.status === 'effective' ? '已生效，学院书记的整改履责提醒函随即发出' : '生效中'}）`, done: appointment.status === 'effective' && 'ids' in rectifications });
  return steps;
}
