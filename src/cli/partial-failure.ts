/** Thrown by a command that finished its batch but had failures: the shell exits with this code. */
export class PartialFailure extends Error {
  constructor(readonly exitCode = 1) {
    super("some documents failed");
  }
}
