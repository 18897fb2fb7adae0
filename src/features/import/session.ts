/** The SQL console's session with the kept imports registered first (so they are listed and queryable at once). */
import type { SqlSession } from '../../data/db/db';
import type { RunSql } from './imports';

interface Service {
  runImportSql: RunSql;
  sqlSession: () => Promise<SqlSession>;
}

const cache = new WeakMap<Service, () => Promise<SqlSession>>();

/** One stable opener per service (the import code loads only when the console opens). */
export function withImports(service: Service): () => Promise<SqlSession> {
  let open = cache.get(service);
  if (!open) {
    open = async () => {
      await import('./imports').then((m) => m.ensureRestored(service.runImportSql)).catch(() => undefined);
      return service.sqlSession();
    };
    cache.set(service, open);
  }
  return open;
}
