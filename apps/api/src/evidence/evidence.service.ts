import { DubanConfig } from '@duban/config';
import { isOpenDutyStatus } from '@duban/domain';
import { EvidenceFileEntity, lockDuty } from '@duban/persistence';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { badRequest, conflict, forbidden, notFound, unavailable } from '../common/errors/duban.exception';
import { Principal } from '../access/principal';
import { DUBAN_CONFIG } from '../config/config.module';
import { detectEvidenceKind, EVIDENCE_KINDS, uploadedFileName } from './evidence-type';
import { EVIDENCE_FIELD } from './evidence-upload.interceptor';
import { EvidenceStores } from './store/evidence-stores';
import { EvidenceObject } from './store/interfaces/evidence-store.interface';

/** What multer hands over of the uploaded file (kept in memory). */
export interface UploadedEvidence {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Every column but the bytes. */
const LISTED = {
  id: true,
  dutyId: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  store: true,
  objectKey: true,
  uploadedAt: true,
  uploadedByPersonId: true,
} as const;

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
 * the table's trigger, without the bytes. The bytes go to the configured store (the row itself, or an S3-compatible
 * bucket: see store/); the row, in Postgres, says which.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly stores: EvidenceStores,
  ) {}

  async add(dutyId: string, file: UploadedEvidence | undefined, principal: Principal): Promise<EvidenceView> {
    if (!file) throw badRequest(EVIDENCE_FIELD, `缺少文件：请以 multipart/form-data 上传，文件放在字段 ${EVIDENCE_FIELD} 中`);
    const fileName = uploadedFileName(file.originalname).trim();
    if (!fileName) throw badRequest(EVIDENCE_FIELD, '文件名不能为空');
    if ([...fileName].length > 200) throw badRequest(EVIDENCE_FIELD, '文件名过长（最多 200 个字符）');
    if (/[\u0000-\u001f\u007f/\\]/.test(fileName)) throw badRequest(EVIDENCE_FIELD, '文件名不能含控制字符或路径分隔符');
    const detected = detectEvidenceKind(file.buffer, fileName);
    if ('problem' in detected) throw badRequest(EVIDENCE_FIELD, detected.problem);
    const store = this.stores.current;
    const object = {
      id: randomUUID(),
      dutyId,
      contentType: EVIDENCE_KINDS[detected.kind].contentType,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
    };
    let stored = false;
    try {
      await this.dataSource.transaction(async (manager) => {
        // Locked: two uploads at once cannot both take the last place.
        const duty = await lockDuty(manager, dutyId);
        if (!duty) throw notFound('事项', dutyId);
        if (duty.responsiblePersonId !== principal.personId) throw forbidden('只有该事项的责任人本人可以上传或删除佐证材料');
        if (duty.status === 'cancelled') throw conflict('DUTY_CANCELLED', '该事项已取消，不能再上传佐证材料');
        const count = await manager.getRepository(EvidenceFileEntity).countBy({ dutyId });
        if (count >= this.config.evidence.maxFiles) throw conflict('TOO_MANY_EVIDENCE_FILES', `每项事项最多 ${this.config.evidence.maxFiles} 份佐证材料，请先删除不需要的`);
        // The bytes first: the row commits only once its store holds them.
        const bytes = await store.put(object, file.buffer).catch((error: unknown) => {
          throw this.unreachable(store.kind, object.id, error, '佐证材料存储暂不可用，文件未保存，请稍后重试');
        });
        stored = true;
        await manager.getRepository(EvidenceFileEntity).insert({ ...object, fileName, size: file.buffer.length, store: store.kind, ...bytes, uploadedByPersonId: principal.personId });
      });
    } catch (error) {
      if (stored) await this.discard({ ...object, objectKey: null }, store.kind);
      throw error;
    }
    return this.one(object.id);
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

  /** The file's name and type, and its bytes as a stream from the store that holds them. */
  async content(id: string): Promise<{ fileName: string; contentType: string; size: number; stream: Readable }> {
    const file = await this.dataSource.getRepository(EvidenceFileEntity).findOne({ select: LISTED, where: { id } });
    if (!file) throw notFound('佐证材料', id);
    // A store this API is not configured for (EVIDENCE_STORE changed back) is as unreachable as one that is down.
    const stream = await Promise.resolve()
      .then(() => this.stores.holding(file.store).open(file))
      .catch((error: unknown) => {
        throw this.unreachable(file.store, id, error, '佐证材料存储暂不可用，暂时无法下载，请稍后重试');
      });
    return { fileName: file.fileName, contentType: file.contentType, size: file.size, stream };
  }

  /** A store that did not answer: logged with its reason, told to the caller as 503 (nothing was changed). */
  private unreachable(kind: string, fileId: string, error: unknown, message: string) {
    this.logger.error(`佐证材料 ${fileId} 的存储（${kind}）出错：${(error as Error)?.message ?? String(error)}`);
    return unavailable(message);
  }

  async remove(id: string, principal: Principal): Promise<void> {
    const file = await this.dataSource.transaction(async (manager) => {
      const file = await manager.getRepository(EvidenceFileEntity).findOne({ select: LISTED, where: { id } });
      if (!file) throw notFound('佐证材料', id);
      const duty = await lockDuty(manager, file.dutyId);
      if (file.uploadedByPersonId !== principal.personId) throw forbidden('只有上传者本人可以删除该佐证材料');
      if (!duty || !isOpenDutyStatus(duty.status)) throw conflict('DUTY_CLOSED', '该事项已完成或已取消，佐证材料不能再删除');
      await manager.getRepository(EvidenceFileEntity).delete({ id });
      return file;
    });
    // After the commit: a row never points at bytes already gone.
    await this.discard(file, file.store);
  }

  /** Removes bytes no row points at; a failure leaves an orphan object behind (logged), never a broken row. */
  private async discard(file: EvidenceObject, kind: EvidenceFileEntity['store']): Promise<void> {
    try {
      await this.stores.holding(kind).remove(file);
    } catch (error) {
      this.logger.warn(`佐证材料 ${file.id} 的内容未能从存储（${kind}）中删除：${(error as Error).message}`);
    }
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
