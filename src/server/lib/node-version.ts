export const MIN_NODE_MAJOR = 24;

/** Tillit runs on Node 24 LTS or newer; stop early with a message that says how to get it. */
export function assertNodeVersion(version = process.versions.node): void {
  const major = Number(version.split('.')[0]);
  if (major < MIN_NODE_MAJOR) {
    throw new Error(
      `Tillit needs Node ${MIN_NODE_MAJOR} or newer, but this is Node ${version}. ` +
        'Start it with "npm start", which uses the Node 24 that "npm install" puts in node_modules, or install Node 24.',
    );
  }
}
