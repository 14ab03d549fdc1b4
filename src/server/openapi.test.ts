// The OpenAPI document against the query schemas the routes parse with: every accepted parameter and value is described.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { z } from "zod";
import { alertsQuery, alignQuery, briefQuery } from "./analysis-routes.ts";
import { openApiDocument } from "./openapi.ts";
import { articleQuery, eventQuery } from "./params.ts";

interface Param {
  name: string;
  in: string;
  schema?: { enum?: string[] };
}

/** The values an enum field accepts, under its .optional() and .default() wrappers; undefined for other fields. */
function enumValues(field: z.ZodType): string[] | undefined {
  let t = field as unknown as { def: { innerType?: unknown }; options?: string[] };
  while (t.def.innerType) t = t.def.innerType as typeof t;
  return Array.isArray(t.options) ? [...t.options] : undefined;
}

const ROUTES: [string, z.ZodObject][] = [
  ["/api/events", eventQuery],
  ["/api/articles", articleQuery],
  ["/api/align", alignQuery],
  ["/api/alerts", alertsQuery],
  ["/api/brief/{country}", briefQuery],
];

test("every query parameter a route accepts is described, with every value an enum accepts", () => {
  const paths = openApiDocument().paths as unknown as Record<string, { get: { parameters: Param[] } }>;
  for (const [path, schema] of ROUTES) {
    const described = new Map(paths[path]!.get.parameters.filter((p) => p.in === "query").map((p) => [p.name, p]));
    assert.deepEqual([...described.keys()].sort(), Object.keys(schema.shape).sort(), path);
    for (const [name, field] of Object.entries(schema.shape)) {
      const accepted = enumValues(field as z.ZodType);
      const documented = described.get(name)?.schema?.enum;
      if (accepted) assert.deepEqual([...(documented ?? [])].sort(), accepted.sort(), `${path} ${name}`);
    }
  }
});

test("align and alerts describe the note an empty answer has on a store without UN votes", () => {
  const paths = openApiDocument().paths as unknown as Record<
    string,
    {
      get: {
        responses: { "200": { content: { "application/json": { schema: { properties: { note?: unknown } } } } } };
      };
    }
  >;
  for (const path of ["/api/align", "/api/alerts"]) {
    const note = paths[path]!.get.responses["200"].content["application/json"].schema.properties.note as
      | { type: string; description: string }
      | undefined;
    assert.equal(note?.type, "string", path);
    assert.match(note!.description, /no UN votes/, path);
  }
});
