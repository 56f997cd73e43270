import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';

type Fetcher = Parameters<typeof GraphiQL>[0]['fetcher'];

/** Sends the operation to this server's /graphql with the headers typed in the Headers tab. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

async function start(): Promise<void> {
  const examples = (await (await fetch('/assets/examples.json')).json()) as { query: string }[];
  const root = document.getElementById('graphiql');
  if (!root) return;
  createRoot(root).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={examples}
      defaultHeaders={JSON.stringify({ 'x-api-key': '' }, null, 2)}
      isHeadersEditorEnabled
      shouldPersistHeaders
    />,
  );
}

void start();
