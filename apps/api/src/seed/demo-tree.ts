import { Role } from '@duban/domain';

export interface DemoOrg {
  code: string;
  name: string;
  people: { role: Role; title: string; name: string; email: string }[];
  children: DemoOrg[];
}

const leaders = (code: string, names: [string, string, string, string]): DemoOrg['people'] => [
  { role: 'principal', title: '党委书记', name: names[0], email: `${code}.shuji@demo.duban.local` },
  { role: 'member', title: '党委副书记', name: names[1], email: `${code}.fushuji@demo.duban.local` },
  { role: 'member', title: '党委委员', name: names[2], email: `${code}.weiyuan@demo.duban.local` },
  { role: 'discipline_secretary', title: '纪委书记', name: names[3], email: `${code}.jiwei@demo.duban.local` },
];

/** The demo tree: a provincial committee, two subordinate units, their subordinate units, and a student branch under the college. */
export const DEMO_TREE: DemoOrg = {
  code: 'demo-prov',
  name: '中共示范省委',
  people: [
    ...leaders('demo-prov', ['王建国', '李红梅', '赵志强', '陈立新']),
    { role: 'organization_head', title: '组织部部长', name: '周海燕', email: 'demo-prov.zuzhibu@demo.duban.local' },
  ],
  children: [
    {
      code: 'demo-city',
      name: '中共示范市委',
      people: leaders('demo-city', ['刘振华', '孙丽娟', '马向东', '黄文静']),
      children: [
        { code: 'demo-district', name: '中共示范市东城区委', people: leaders('demo-district', ['郭永刚', '何晓燕', '林国栋', '高秀英']), children: [] },
        { code: 'demo-county', name: '中共示范县委', people: leaders('demo-county', ['罗志明', '郑春花', '梁宏伟', '谢玉兰']), children: [] },
      ],
    },
    {
      code: 'demo-univ',
      name: '中共示范大学委员会',
      people: leaders('demo-univ', ['宋光明', '唐静怡', '韩立军', '冯淑芬']),
      children: [
        {
          code: 'demo-cs',
          name: '中共示范大学计算机学院委员会',
          people: leaders('demo-cs', ['曹德胜', '彭雅琴', '曾凡军', '萧月华']),
          children: [{ code: 'demo-cs-students', name: '中共示范大学计算机学院学生总支部委员会', people: leaders('demo-cs-students', ['许文涛', '吕佳琪', '施建平', '姚丽萍']), children: [] }],
        },
        { code: 'demo-admin', name: '中共示范大学机关委员会', people: leaders('demo-admin', ['田文博', '董佳慧', '袁振宇', '邓桂兰']), children: [] },
      ],
    },
  ],
};
