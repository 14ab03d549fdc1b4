// Tests only: a throw-away PostgreSQL schema per store, so contract tests start empty and never see each other.
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
