import type { SpotCheckKind } from '@duban/persistence';

/** What each kind of draw is, whom it draws from, and the pack template of its verification duties. */
export const SPOT_CHECK_KIND_INFO: Record<SpotCheckKind, { label: string; templateId: string; population: 'principal' | 'team'; source: string }> = {
  statement_spot_check: { label: '述责述廉抽查核实', templateId: 'statement-spot-check', population: 'principal', source: '安徽（九）：每年按照人数10%的比例对述责述廉内容真实性及问题整改情况进行抽查核实' },
  personal_matters_sampling: { label: '个人有关事项报告抽查', templateId: 'personal-matters-sampling', population: 'team', source: '北京（二十）：每年按照10%比例抽查市管干部个人有关事项报告' },
  personal_matters_verification: { label: '“一把手”个人有关事项再抽查核实', templateId: 'personal-matters-sampling', population: 'principal', source: '北京（二十）：在此基础上再抽查10%的“一把手”' },
};

/** Templates whose open duties mean a person is already under check (never drawn again while one is open). */
export const VERIFICATION_TEMPLATES = [...new Set(Object.values(SPOT_CHECK_KIND_INFO).map((k) => k.templateId))];
