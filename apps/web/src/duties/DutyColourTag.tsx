import { Tag } from 'antd';
import { colourTag, type DutyColour } from './colour';

/** 蓝 / 黄 / 红 as a tag; nothing for closed duties. */
export function DutyColourTag({ colour }: { colour: DutyColour | null }) {
  const tag = colourTag(colour);
  return tag ? <Tag color={tag.color}>{tag.label}</Tag> : null;
}
