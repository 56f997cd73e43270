import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { webAssetsDir } from './paths.js';

export interface WebOptions {
  /** The offline GraphiQL at /graphiql; on when introspection is, like Apollo's Sandbox on /graphql. */
  graphiql: boolean;
  assetsDir?: string;
}

/** The workbench at `/`, its bundled assets at `/assets`, and GraphiQL at `/graphiql`. */
export function webRouter(options: WebOptions): Router {
  const dir = options.assetsDir ?? webAssetsDir();
  const router = express.Router();
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    if (!existsSync(join(dir, file))) {
      res.status(503).type('text/plain').send('The web assets are not built: run `npm run build:web`.');
      return;
    }
    res.sendFile(join(dir, file), { headers: { 'cache-control': 'no-cache' } });
  };
  router.get('/', page('index.html'));
  if (options.graphiql) router.get('/graphiql', page('graphiql.html'));
  router.use('/assets', express.static(dir, { index: false, fallthrough: false, maxAge: 0 }));
  return router;
}
