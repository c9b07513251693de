import { ApiProperty } from '@nestjs/swagger';

/** The multipart body of an upload, for the OpenAPI document (the file itself is read by multer). */
export class EvidenceUploadBody {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF、JPEG、PNG、Word（.doc/.docx）、Excel（.xls/.xlsx）或 OFD；文件名可用中文' })
  file!: unknown;
}

class EvidenceUploader {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ nullable: true, type: String })
  name!: string | null;
}

export class EvidenceFileView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  dutyId!: string;

  @ApiProperty({ example: '民主生活会会议记录.pdf' })
  fileName!: string;

  @ApiProperty({ example: 'application/pdf', description: '按文件内容判断' })
  contentType!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 200 * 1024 * 1024, description: '字节数（不超过 EVIDENCE_MAX_BYTES）' })
  size!: number;

  @ApiProperty({ description: '文件内容的 SHA-256（十六进制）' })
  sha256!: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt!: string;

  @ApiProperty({ type: EvidenceUploader })
  uploadedBy!: EvidenceUploader;

  @ApiProperty({ example: '/evidence/…' })
  downloadUrl!: string;
}
