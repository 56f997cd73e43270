import path from 'node:path';
import { repoRoot } from '../paths.js';

const POM = path.join('scripts', 'neo4j', 'pom.xml');
const root = repoRoot();
/** Git-ignored cache and state of the locally started Neo4j. */
const cache = path.join(root, '.neo4j');

export const paths = {
  root,
  cache,
  pom: path.join(root, POM),
  launcherSource: path.join(root, 'scripts', 'neo4j', 'src', 'main', 'java', 'eventgraph', 'Neo4jLauncher.java'),
  /** Where earlier versions kept a per-checkout Maven repository (moved to the shared cache when found). */
  legacyMavenRepo: path.join(cache, 'm2'),
  classes: path.join(cache, 'build', 'classes'),
  classpathFile: path.join(cache, 'classpath.txt'),
  buildStamp: path.join(cache, 'build.stamp'),
  logs: path.join(cache, 'logs'),
  mavenLog: path.join(cache, 'logs', 'maven.log'),
  launcherLog: path.join(cache, 'logs', 'launcher.log'),
  pidFile: path.join(cache, 'neo4j.pid'),
  lockFile: path.join(cache, 'start.lock'),
  composeFile: path.join(root, 'docker-compose.yml'),
} as const;
