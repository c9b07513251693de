import { findPack } from '../packs/packs';
import { evidenceFileLabel, evidenceRequirements, missingCompletionEvidence } from './completion-evidence';

const template = (packId: string, templateId: string) => findPack(packId)!.templates.find((t) => t.id === templateId)!;
const full = { heldOn: '2026-11-20', counterpartPersonId: 'p-1', note: '已开展', files: 1 };

describe('what a completion must hold, as its template asks', () => {
  it('lists the template’s evidence with Chinese labels, naming the file in the template’s words', () => {
    expect(evidenceRequirements(template('anhui-2022', 'democratic-life-meeting'))).toEqual([
      { item: 'heldOn', label: '履职日期' },
      { item: 'note', label: '情况说明' },
      { item: 'file', label: '会议记录、签到表' },
    ]);
    expect(evidenceRequirements(template('central-2021', 'supervision-talk'))).toEqual([
      { item: 'heldOn', label: '谈话日期' },
      { item: 'counterpart', label: '谈话对象' },
      { item: 'note', label: '情况说明' },
    ]);
    expect(evidenceRequirements(undefined)).toEqual([]);
  });

  it.each([
    ['anhui-2022', 'accountability-statement', '述责述廉报告'],
    ['anhui-2022', 'work-division-filing', '报备材料'],
    ['beijing-2021', 'attend-subordinate-meeting', '会议记录、签到表'],
    ['czu-2022', 'tenure-audit', '审计报告'],
    ['beijing-2021', 'personal-matters-sampling', '抽查核实记录'],
    ['central-2021', 'political-ecology', '分析研判报告'],
    ['central-2021', 'rectification-review', '整改报告及审核意见'],
    ['anhui-2022', 'statement-spot-check', '抽查核实记录'],
    ['beijing-2021', 'personal-matters', '公开情况记录'],
    ['anhui-2022', 'key-assessment', '检查（考核）报告'],
    ['czu-2022', 'rectification-reminder-letter', '提醒函（签收件）'],
  ])('%s %s is evidenced by %s', (pack, id, label) => {
    expect(evidenceFileLabel(template(pack, id))).toBe(label);
  });

  it('refuses a completion without the file the template asks, on the field `evidence`, saying what to upload', () => {
    const meeting = template('anhui-2022', 'democratic-life-meeting');
    expect(missingCompletionEvidence(meeting, { ...full, files: 0 })).toEqual([
      { field: 'evidence', reason: '该事项要求上传会议记录、签到表作为佐证材料：请先在“证据材料”中上传至少一份，再登记完成' },
    ]);
    expect(missingCompletionEvidence(meeting, full)).toEqual([]);
    // A talk asks no file.
    expect(missingCompletionEvidence(template('central-2021', 'supervision-talk'), { ...full, files: 0 })).toEqual([]);
  });

  it('asks the counterpart, the day and the note where the template does', () => {
    const talk = template('central-2021', 'supervision-talk');
    expect(missingCompletionEvidence(talk, { heldOn: '', counterpartPersonId: null, note: '  ', files: 0 })).toEqual([
      { field: 'heldOn', reason: '该事项要求填写谈话日期' },
      { field: 'counterpartPersonId', reason: '该事项要求注明谈话对象' },
      { field: 'note', reason: '该事项要求填写情况说明' },
    ]);
    // A sampling asks no day and no counterpart.
    expect(missingCompletionEvidence(template('beijing-2021', 'personal-matters-sampling'), { note: '抽查 12 人', files: 1 })).toEqual([]);
    // A template no pack has any more asks nothing beyond the command's own checks.
    expect(missingCompletionEvidence(undefined, { files: 0 })).toEqual([]);
  });
});
