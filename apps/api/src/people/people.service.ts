import { PersonEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { personScope } from '../access/scope-sql';
import { Principal } from '../access/principal';
import { conflict, notFound } from '../common/errors/duban.exception';
import { CreatePersonDto, ListPeopleQuery } from './dto/person.dto';

@Injectable()
export class PeopleService {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  /**
   * Registers a person in an organization. An address is refused only when the actor can see who has it:
   * one held in another subtree is not revealed (and does not stop this registration).
   */
  async create(dto: CreatePersonDto, principal: Principal, manager: EntityManager = this.people.manager): Promise<PersonEntity> {
    const email = dto.email.toLowerCase();
    const [holder] = await this.emailsTaken([email], principal, manager);
    if (holder) throw conflict('EMAIL_TAKEN', `邮箱已被使用：${email}（${holder.name}）`);
    const people = manager.getRepository(PersonEntity);
    return people.save(people.create({ name: dto.name, email, homeOrganizationId: dto.organizationId ?? null }));
  }

  /** People within the principal's sight who already have one of these (lower-case) addresses. */
  emailsTaken(emails: string[], principal: Principal, manager: EntityManager = this.people.manager): Promise<PersonEntity[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.email IN (:...emails)', { emails })
      .andWhere(...personScope(principal, 'p'))
      .getMany();
  }

  list(query: ListPeopleQuery, principal: Principal): Promise<PersonEntity[]> {
    const q = query.q?.replace(/[%_\\]/g, (c) => `\\${c}`);
    const qb = this.people.createQueryBuilder('p').where(...personScope(principal, 'p')).orderBy('p.name', 'ASC').take(500);
    if (q) qb.andWhere('(p.name ILIKE :q OR p.email ILIKE :q)', { q: `%${q}%` });
    return qb.getMany();
  }

  async get(id: string): Promise<PersonEntity> {
    const person = await this.people.findOneBy({ id });
    if (!person) throw notFound('人员', id);
    return person;
  }
}
