import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { Person } from './org-views';

type Option = { value: string; label: string };

const labelOf = (person: Pick<Person, 'name' | 'email'>) => (person.email ? `${person.name}（${person.email}）` : person.name);

/** Picks a person by name or email (GET /people?q=…, searched on the server as the person types). */
export function PersonSelect({ value, onChange, placeholder = '输入姓名或邮箱搜索', initial, ...rest }: Omit<SelectProps<string>, 'options'> & { initial?: Pick<Person, 'id' | 'name' | 'email'> | null }) {
  const [options, setOptions] = useState<Option[]>(initial ? [{ value: initial.id, label: labelOf(initial) }] : []);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef(0);

  const search = useMemo(
    () => (text: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        const ticket = ++latest.current;
        setLoading(true);
        try {
          const people = await unwrap<Person[]>(api.GET('/people', { params: { query: text ? { q: text } : {} } }));
          if (ticket === latest.current) setOptions(people.slice(0, 50).map((person) => ({ value: person.id, label: labelOf(person) })));
        } catch {
          if (ticket === latest.current) setOptions([]);
        } finally {
          if (ticket === latest.current) setLoading(false);
        }
      }, 300);
    },
    [],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Select<string>
      showSearch
      allowClear
      filterOption={false}
      placeholder={placeholder}
      notFoundContent={loading ? '查找中…' : '没有找到，请换个关键字'}
      loading={loading}
      options={options}
      onSearch={search}
      onFocus={() => options.length === 0 && search('')}
      value={value}
      onChange={onChange}
      {...rest}
    />
  );
}
