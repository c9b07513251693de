import { PersonEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { personScope } from '../access/scope-sql';
import { Principal } from '../access/principal';
import { conflict, notFound } from '../common/errors/duban.exception';
import { CreatePersonDto, ListPeopleQuery } from './dto/person.dto';

@Injectable()
export class PeopleService {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  async create(dto: CreatePersonDto): Promise<PersonEntity> {
    const email = dto.email.toLowerCase();
    if (await this.people.existsBy({ email })) throw conflict('EMAIL_TAKEN', `邮箱已被使用：${email}`);
    return this.people.save(this.people.create({ name: dto.name, email }));
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
