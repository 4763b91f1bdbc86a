import { HttpException, HttpStatus } from '@nestjs/common';

export class InvalidHeaderException extends HttpException {
  constructor(
    readonly header: string,
    readonly reason: string,
  ) {
    super(`Header ${header} ${reason}`, HttpStatus.BAD_REQUEST);
  }
}
