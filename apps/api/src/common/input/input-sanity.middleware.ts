import { NextFunction, Request, Response } from 'express';
import { badRequest } from '../errors/duban.exception';
import { findInputProblem } from './input-problem';

/**
 * Before any guard, pipe or handler of any route: refuses (400, naming the field) a body, query or path
 * that no route can take — too deeply nested, a NUL character, a lone surrogate, a non-finite number.
 * Registered right after the body parser, so that the access guard and the validation pipe only ever see
 * input that is safe to walk and to hand to PostgreSQL.
 */
export function inputSanity() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const problem = findInputProblem(req.body) ?? findInputProblem(req.query) ?? pathProblem(req.path);
    next(problem ? badRequest(problem.field, problem.reason) : undefined);
  };
}

/** Path parameters are not parsed yet at this point: each segment of the path is checked as it will be decoded. */
function pathProblem(path: string): { field: string; reason: string } | null {
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { field: '路径', reason: '含有无效的百分号编码（应为 UTF-8）' };
    }
    const problem = findInputProblem(decoded);
    if (problem) return { field: '路径', reason: problem.reason };
  }
  return null;
}
