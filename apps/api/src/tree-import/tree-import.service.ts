import { Role } from '@duban/domain';
import { OrganizationEntity, PositionEntity, UserEntity } from '@duban/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { Principal } from '../access/principal';
import { UsersService } from '../auth/users.service';
import { badRequest, DubanException, notFound } from '../common/errors/duban.exception';
import { OrganizationsService } from '../organizations/organizations.service';
import { PeopleService } from '../people/people.service';
import { PositionsService } from '../positions/positions.service';
import { ORGANIZATIONS_SHEET, PEOPLE_SHEET } from './import-sheets';
import { importTemplateXlsx } from './import-template';
import { ImportFacts, ImportPlan, OrganizationRef, planImport } from './import-plan';
import { ImportProblem, loadWorkbook, readImportSheets } from './import-workbook';

export interface ImportCounts {
  organizations: number;
  people: number;
  logins: number;
  positions: number;
  holders: number;
}

/**
 * Imports a whole tree (organizations, seats, people and logins) under an organization from one workbook:
 * every row is validated first, and nothing is written unless all are right; then all of it in one
 * transaction, each record through the same service as its single endpoint.
 */
@Injectable()
export class TreeImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly positions: PositionsService,
    private readonly users: UsersService,
  ) {}

  async template(organizationId: string): Promise<{ body: Buffer; filename: string }> {
    const target = await this.organizations.get(organizationId);
    return { body: await importTemplateXlsx(target), filename: `导入模板-${target.code ?? target.name}.xlsx` };
  }

  async import(organizationId: string, file: { buffer: Buffer; size: number } | undefined, dryRun: boolean, principal: Principal) {
    if (!file || file.size === 0) throw badRequest('file', '请上传 .xlsx 文件（表单字段 file）');
    const target = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!target) throw notFound('组织', organizationId);
    if (target.dissolvedAt) throw badRequest('organizationId', '该组织已撤销，不能在其下导入');
    const read = readImportSheets(await loadWorkbook(file.buffer));
    if (read.problems.length > 0) throw invalid(read.problems);
    const result = planImport(read.rows, await this.facts(target, read.rows, principal));
    if (!result.plan) throw invalid(result.problems);
    const plan = result.plan;
    const counts = countsOf(plan);
    if (dryRun) return { dryRun: true, created: counts };
    await this.apply(target.id, plan, principal);
    return { dryRun: false, created: counts };
  }

  private async facts(target: OrganizationEntity, rows: ReturnType<typeof readImportSheets>['rows'], principal: Principal): Promise<ImportFacts> {
    const column = (sheet: string, key: string, lower = false) => [...new Set(rows[sheet].map((r) => (lower ? r.cells[key].toLowerCase() : r.cells[key])).filter((v) => v !== ''))];
    const codes = column(ORGANIZATIONS_SHEET.name, 'code');
    const emails = column(PEOPLE_SHEET.name, 'email', true);
    const logins = column(PEOPLE_SHEET.name, 'login');
    const manager = this.dataSource.manager;
    const [orgs, holders, users, seats] = await Promise.all([
      codes.length ? manager.getRepository(OrganizationEntity).find({ select: { code: true }, where: { code: In(codes) } }) : [],
      this.people.emailsTaken(emails, principal),
      logins.length ? manager.getRepository(UserEntity).find({ select: { login: true }, where: { login: In(logins) } }) : [],
      manager.getRepository(PositionEntity).find({ select: { role: true }, where: { organizationId: target.id, role: Not('member') } }),
    ]);
    return {
      target: { id: target.id, code: target.code },
      takenCodes: new Set(orgs.map((o) => o.code!)),
      takenEmails: new Map(holders.map((p) => [p.email, p.name])),
      takenLogins: new Set(users.map((u) => u.login)),
      targetRoles: new Set(seats.map((s) => s.role as Role)),
    };
  }

  /** One transaction: organizations (parents first), people and their logins, then seats with their holders. */
  private async apply(targetId: string, plan: ImportPlan, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ids = new Map<string, string>();
      const idOf = (ref: OrganizationRef) => (ref.kind === 'target' ? targetId : ids.get(ref.code)!);
      for (const o of plan.organizations) {
        ids.set(o.code, (await this.organizations.create({ code: o.code, name: o.name, parentId: idOf(o.parent) }, manager)).id);
      }
      const people = new Map<string, string>();
      for (const p of plan.people) {
        const person = await this.people.create({ name: p.name, email: p.email, organizationId: idOf(p.organization) }, principal, manager);
        people.set(p.email, person.id);
        if (p.login) await this.users.create(manager, { personId: person.id, login: p.login, password: null });
      }
      for (const s of plan.positions) {
        await this.positions.create(idOf(s.organization), { role: s.role, ...(s.title ? { title: s.title } : {}), ...(s.holderEmail ? { holderId: people.get(s.holderEmail)! } : {}) }, manager);
      }
    });
  }
}

function countsOf(plan: ImportPlan): ImportCounts {
  return {
    organizations: plan.organizations.length,
    people: plan.people.length,
    logins: plan.people.filter((p) => p.login).length,
    positions: plan.positions.length,
    holders: plan.positions.filter((p) => p.holderEmail).length,
  };
}

function invalid(problems: ImportProblem[]): DubanException {
  const first = problems[0];
  const message = `导入文件有 ${problems.length} 处错误，未导入任何内容。第一处：工作表“${first.sheet}”第 ${first.row} 行“${first.column}”列：${first.reason}`;
  return new DubanException(HttpStatus.BAD_REQUEST, 'IMPORT_INVALID', message, problems);
}
