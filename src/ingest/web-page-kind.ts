// A fetched answer's content type, and its text when the type says nothing → a web page to read (html or text), or why not.
import { AppError } from "../domain/index.ts";
import { sniffKind } from "./file-kind.ts";

const PAGE = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT = /^text\/plain\b/i;
/** Types a misconfigured server gives to anything: what the text is decides. */
const GENERIC = /^(?:application\/octet-stream|binary\/octet-stream|application\/unknown|application\/x-unknown)\b/i;

/**
 * "html" or "text" for an answer that is a page: declared as one (`alsoHtml` admits more types, such as XHTML served
 * as XML), undeclared, or declared generically and reading as HTML. Otherwise BAD_INPUT naming the type.
 */
export function webPageKind(
  contentType: string | undefined,
  text: string,
  where: string,
  alsoHtml?: RegExp,
): "html" | "text" {
  if (!contentType || PAGE.test(contentType) || alsoHtml?.test(contentType)) return "html";
  if (TEXT.test(contentType)) return "text";
  if (GENERIC.test(contentType) && sniffKind(text.slice(0, 4096)) === "html") return "html";
  throw new AppError("BAD_INPUT", `not a web page (content-type ${contentType})`, { where });
}
