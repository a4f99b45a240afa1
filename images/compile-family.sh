#!/bin/sh
# Compiles the entry, the kit and one family into dist/, where `node dist/agents-src/main.js` runs.
set -eu
family="$1"
/opt/typescript/bin/tsc -p "images/$family/tsconfig.json"
# Non-TypeScript files (migrations, data) go beside the compiled code, where the agents look.
find agents-src -type f ! -name '*.ts' ! -name package.json ! -path '*/node_modules/*' -exec cp --parents {} dist/ \;
# npm nests a workspace's dependency when versions conflict; compiled code must still find it.
for workspace in kit "$family"; do
  if [ -d "agents-src/$workspace/node_modules" ]; then cp -a "agents-src/$workspace/node_modules" "dist/agents-src/$workspace/"; fi
done
