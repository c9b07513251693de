import { PersonEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, Repository } from 'typeorm';
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

  list(query: ListPeopleQuery): Promise<PersonEntity[]> {
    const q = query.q?.replace(/[%_\\]/g, (c) => `\\${c}`);
    return this.people.find({
      where: q ? [{ name: ILike(`%${q}%`) }, { email: ILike(`%${q}%`) }] : {},
      order: { name: 'ASC' },
      take: 500,
    });
  }

  async get(id: string): Promise<PersonEntity> {
    const person = await this.people.findOneBy({ id });
    if (!person) throw notFound('人员', id);
    return person;
  }
}
