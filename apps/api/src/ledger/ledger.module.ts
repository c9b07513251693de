import { Module } from '@nestjs/common';
import { LedgerExports } from './ledger-exports';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';
import { StatementDraftService } from './statement-draft.service';

@Module({
  controllers: [LedgerController],
  providers: [LedgerService, LedgerExports, StatementDraftService],
})
export class LedgerModule {}
