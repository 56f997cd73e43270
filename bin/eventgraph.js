#!/usr/bin/env node
// The `eventgraph` command runs the TypeScript sources directly through tsx's loader, so that
// `npx eventgraph` works right after `npm ci`, with no build step and no dist/ to go stale.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
