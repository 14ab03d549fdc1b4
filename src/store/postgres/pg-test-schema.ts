// Tests only: a throw-away PostgreSQL schema per store, so contract tests start empty and never see each other.
import { after, describe, it } from "node:test";
import pg from "pg";

/** ORBIT_TEST_PG with `search_path` set to `schema` (pg passes `options` to the server at connect time). */
export function urlWithSchema(base: string, schema: string): string {
  const u = new URL(base);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

export class TestSchemas {
  private readonly created: string[] = [];
  constructor(private readonly base: string) {}

  async create(prefix = "t"): Promise<string> {
    const schema = `orbit_${prefix}_${process.pid}_${Date.now().toString(36)}_${this.created.length}`;
    const c = new pg.Client({ connectionString: this.base });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    this.created.push(schema);
    return urlWithSchema(this.base, schema);
  }

  async dropAll(): Promise<void> {
    if (!this.created.length) return;
    const c = new pg.Client({ connectionString: this.base });
    await c.connect();
    for (const s of this.created.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  }
}

/**
 * A suite that needs a PostgreSQL server: given fresh-schema makers (all dropped afterwards) when ORBIT_TEST_PG is
 * set, otherwise one skipped case saying how to run it.
 */
export function describeWithPg(name: string, suite: (schemas: TestSchemas) => void): void {
  const base = process.env.ORBIT_TEST_PG;
  if (!base) {
    describe(name, () => {
      it("skipped: set ORBIT_TEST_PG=postgres://orbit:orbit@127.0.0.1:5432/orbit_test to run it", {
        skip: true,
      }, () => {});
    });
    return;
  }
  const schemas = new TestSchemas(base);
  after(() => schemas.dropAll());
  describe(name, () => suite(schemas));
}
