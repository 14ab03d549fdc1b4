// A Node file-system error → an AppError naming the path, with a plain-English reason.
import { AppError } from "../domain/index.ts";

export function fsError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new AppError("NOT_FOUND", "no such file or directory", { where: path, cause: err });
    case "EACCES":
    case "EPERM":
      return new AppError("UNREADABLE", "permission denied", { where: path, cause: err });
    case "ELOOP":
      return new AppError("UNREADABLE", "symbolic link loop", { where: path, cause: err });
    case "EISDIR":
      return new AppError("UNREADABLE", "is a directory", { where: path, cause: err });
    default:
      return new AppError("UNREADABLE", `cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`, {
        where: path,
        cause: err,
      });
  }
}
