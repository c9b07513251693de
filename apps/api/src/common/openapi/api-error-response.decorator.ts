import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto';

/**
 * A refusal that only the handler knows of (a conflict with the record's state, a workflow that cannot be
 * reached), documented with the shared error shape. The refusals that every route of a kind shares (400,
 * 401, 403, 404, 413) are derived from the route's metadata by `documentStandardResponses`.
 */
export const ApiErrorResponse = (status: number, description: string) => ApiResponse({ status, description, type: ErrorResponseDto });
