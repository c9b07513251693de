import { DubanConfig } from '@duban/config';
import { isOpenDutyStatus } from '@duban/domain';
import { EvidenceFileEntity, lockDuty } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badRequest, conflict, forbidden, notFound } from '../common/errors/duban.exception';
import { Principal } from '../access/principal';
import { DUBAN_CONFIG } from '../config/config.module';
import { detectEvidenceKind, EVIDENCE_KINDS, uploadedFileName } from './evidence-type';
import { EVIDENCE_FIELD } from './evidence-upload.interceptor';

/** What multer hands over of the uploaded file (kept in memory). */
export interface UploadedEvidence {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Every column but the bytes. */
const LISTED = { id: true, dutyId: true, fileName: true, contentType: true, size: true, sha256: true, uploadedAt: true, uploadedByPersonId: true } as const;

function toEvidenceView(file: EvidenceFileEntity) {
  return {
    id: file.id,
    dutyId: file.dutyId,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt.toISOString(),
    uploadedBy: { id: file.uploadedByPersonId, name: file.uploadedBy?.name ?? null },
    downloadUrl: `/evidence/${file.id}`,
  };
}

export type EvidenceView = ReturnType<typeof toEvidenceView>;

/**
 * Evidence files (履职佐证材料) kept with a duty. Added while the duty is open and after its completion (minutes
 * arrive later), never once cancelled; removed by their uploader while the duty is open. Writes are audited by
 * the table's trigger, without the bytes.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  async add(dutyId: string, file: UploadedEvidence | undefined, principal: Principal): Promise<EvidenceView> {
    if (!file) throw badRequest(EVIDENCE_FIELD, `缺少文件：请以 multipart/form-data 上传，文件放在字段 ${EVIDENCE_FIELD} 中`);
    const fileName = uploadedFileName(file.originalname).trim();
    if (!fileName) throw badRequest(EVIDENCE_FIELD, '文件名不能为空');
    if ([...fileName].length > 200) throw badRequest(EVIDENCE_FIELD, '文件名过长（最多 200 个字符）');
    if (/[\u0000-\u001f\u007f/\\]/.test(fileName)) throw badRequest(EVIDENCE_FIELD, '文件名不能含控制字符或路径分隔符');
    const detected = detectEvidenceKind(file.buffer, fileName);
    if ('problem' in detected) throw badRequest(EVIDENCE_FIELD, detected.problem);
    const id = await this.dataSource.transaction(async (manager) => {
      // Locked: two uploads at once cannot both take the last place.
      const duty = await lockDuty(manager, dutyId);
      if (!duty) throw notFound('事项', dutyId);
      if (duty.responsiblePersonId !== principal.personId) throw forbidden('只有该事项的责任人本人可以上传或删除佐证材料');
      if (duty.status === 'cancelled') throw conflict('DUTY_CANCELLED', '该事项已取消，不能再上传佐证材料');
      const count = await manager.getRepository(EvidenceFileEntity).countBy({ dutyId });
      if (count >= this.config.evidence.maxFiles) throw conflict('TOO_MANY_EVIDENCE_FILES', `每项事项最多 ${this.config.evidence.maxFiles} 份佐证材料，请先删除不需要的`);
      const saved = await manager.getRepository(EvidenceFileEntity).save(
        manager.getRepository(EvidenceFileEntity).create({
          dutyId,
          fileName,
          contentType: EVIDENCE_KINDS[detected.kind].contentType,
          size: file.buffer.length,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          content: file.buffer,
          uploadedByPersonId: principal.personId,
        }),
      );
      return saved.id;
    });
    return this.one(id);
  }

  async list(dutyId: string): Promise<EvidenceView[]> {
    const files = await this.dataSource.getRepository(EvidenceFileEntity).find({
      select: { ...LISTED, uploadedBy: { id: true, name: true } },
      relations: { uploadedBy: true },
      where: { dutyId },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    return files.map(toEvidenceView);
  }

  async content(id: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const file = await this.dataSource.getRepository(EvidenceFileEntity).findOne({ select: { fileName: true, contentType: true, content: true }, where: { id } });
    if (!file) throw notFound('佐证材料', id);
    return file;
  }

  async remove(id: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const file = await manager.getRepository(EvidenceFileEntity).findOne({ select: LISTED, where: { id } });
      if (!file) throw notFound('佐证材料', id);
      const duty = await lockDuty(manager, file.dutyId);
      if (file.uploadedByPersonId !== principal.personId) throw forbidden('只有上传者本人可以删除该佐证材料');
      if (!duty || !isOpenDutyStatus(duty.status)) throw conflict('DUTY_CLOSED', '该事项已完成或已取消，佐证材料不能再删除');
      await manager.getRepository(EvidenceFileEntity).delete({ id });
    });
  }

  private async one(id: string): Promise<EvidenceView> {
    const file = await this.dataSource.getRepository(EvidenceFileEntity).findOneOrFail({
      select: { ...LISTED, uploadedBy: { id: true, name: true } },
      relations: { uploadedBy: true },
      where: { id },
    });
    return toEvidenceView(file);
  }
}
