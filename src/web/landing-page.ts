import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

const NOTE = `<div style="position:fixed;bottom:12px;left:12px;z-index:9999;font:13px system-ui,sans-serif;
background:#14202e;color:#fff;padding:8px 12px;border-radius:6px">No internet? The offline GraphQL IDE is at
<a href="/graphiql" style="color:#6fb1ff">/graphiql</a>, the workbench at <a href="/" style="color:#6fb1ff">/</a>.</div>`;

/** Apollo's landing page on /graphql with a note saying where the offline IDE is. */
export function withOfflineIdeNote<T extends BaseContext>(landingPage: ApolloServerPlugin<T>): ApolloServerPlugin<T> {
  return {
    async serverWillStart(service) {
      const listener = await landingPage.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render.call(listener);
          const html = typeof page.html === 'string' ? page.html : await page.html();
          return { html: html.includes('</body>') ? html.replace('</body>', `${NOTE}</body>`) : html + NOTE };
        },
      };
    },
  };
}
