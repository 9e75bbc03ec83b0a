#!/usr/bin/env bash
# scripts/e2e-setup.sh — install what `npm run test:e2e` needs, from apt and npm only, into a
# cache folder outside the repository. Idempotent: a second run with the same versions does nothing.
#
#   TOOLS/cs/node_modules/code-server   code-server (VS Code for the web), native modules built here
#   TOOLS/node_modules/playwright-core  drives Debian's /usr/bin/chromium (no browser download)
#
# TOOLS: $SCRUBS_E2E_TOOLS, else ${XDG_CACHE_HOME:-~/.cache}/scrubs-e2e/cs-<version>. Prints TOOLS on
# stdout. First run: ~1-2 min and ~450 MB (plus Chromium from apt, ~360 MB).
#
# Why not `npm install code-server`: its postinstall refuses to run as root without
# --unsafe-perm, then runs `npm install` in lib/vscode, where @vscode/ripgrep, kerberos and
# argon2 download prebuilt binaries from GitHub and node-pty runs `npx node-gyp`. So: install
# with --ignore-scripts, compile the native modules with node-gyp against the local Node headers,
# use Debian's ripgrep, and do the rest of code-server's postinstall by hand.
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.100.3}"    # newest code-server whose engines.node is 20 (4.103+ want 22)
PW_VERSION="${PW_VERSION:-1.65.1}"
TOOLS="${SCRUBS_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/scrubs-e2e/cs-$CS_VERSION-pw-$PW_VERSION}"
STAMP="cs=$CS_VERSION pw=$PW_VERSION node=$(node -p 'process.versions.modules')"
say() { echo "[e2e-setup $(date +%T)] $*" >&2; }

# --- system packages (Debian 12) ---
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v ip >/dev/null || need+=(iproute2)           # loopback in the test's private network namespace
[[ -f /usr/include/gssapi/gssapi.h ]] || need+=(libkrb5-dev)   # the kerberos native module
[[ -d /usr/share/fonts/truetype/dejavu ]] || need+=(fonts-dejavu-core)  # text in the screenshots
if ((${#need[@]})); then
  [[ $(id -u) == 0 ]] || { echo "e2e-setup: need root to apt-get install ${need[*]}" >&2; exit 1; }
  say "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Package lists missing or stale: update once and try again.
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }
fi

if [[ -f "$TOOLS/.complete" && "$(cat "$TOOLS/.complete")" == "$STAMP" ]]; then
  say "tools ready in $TOOLS"
  echo "$TOOLS"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" != 20 ]]; then
  echo "e2e-setup: code-server $CS_VERSION needs Node 20, this is Node $node_major (set CS_VERSION: 4.103+ runs on Node 22)" >&2
  exit 1
fi

# --- local Node headers for node-gyp (else it would download them) ---
NODEDIR=""
for d in "$(dirname "$(dirname "$(command -v node)")")" /usr /usr/local; do
  [[ -f "$d/include/node/node.h" ]] && { NODEDIR="$d"; break; }
done
[[ -n "$NODEDIR" ]] || { echo "e2e-setup: no Node headers (include/node/node.h); install Node's development headers" >&2; exit 1; }
export npm_config_nodedir="$NODEDIR"
NG="$(npm prefix -g)/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[[ -f "$NG" ]] || NG="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
[[ -f "$NG" ]] || { echo "e2e-setup: cannot find npm's bundled node-gyp" >&2; exit 1; }
export npm_config_node_gyp="$NG"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# Build in a staging folder, then rename: an interrupted run never looks complete.
STAGE="$TOOLS.partial.$$"
trap 'rm -rf "$STAGE"' EXIT
rm -rf "$STAGE" && mkdir -p "$STAGE/cs"

say "npm install --ignore-scripts code-server@$CS_VERSION"
cd "$STAGE/cs" && echo '{"private":true}' > package.json
npm install --ignore-scripts "code-server@$CS_VERSION" >/dev/null
VS="$STAGE/cs/node_modules/code-server/lib/vscode"
say "npm install in lib/vscode (no scripts)"
(cd "$VS" && npm install --omit=dev --ignore-scripts >/dev/null)
say "building node-pty, spdlog, native-watchdog, kerberos, argon2 with node-gyp"
# node-pty's postinstall ends with `npx node-gyp configure`, which fails offline after the .node is built.
(cd "$VS" && npm rebuild node-pty @vscode/spdlog native-watchdog --foreground-scripts >"$STAGE/cs/rebuild.log" 2>&1) || true
(cd "$VS/node_modules/kerberos" && node "$NG" rebuild --nodedir="$NODEDIR" >"$STAGE/cs/kerberos.log" 2>&1)
(cd "$STAGE/cs/node_modules/argon2" && ../.bin/node-pre-gyp install --build-from-source --nodedir="$NODEDIR" >"$STAGE/cs/argon2.log" 2>&1)
for f in "$VS/node_modules/node-pty/build/Release/pty.node" "$VS/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
         "$VS/node_modules/native-watchdog/build/Release/watchdog.node" "$VS/node_modules/kerberos/build/Release/kerberos.node" \
         "$STAGE/cs/node_modules/argon2/lib/binding/napi-v3/argon2.node"; do
  [[ -f "$f" ]] || { echo "e2e-setup: native build failed, $f is missing; logs:" >&2; tail -n 30 "$STAGE"/cs/*.log >&2; exit 1; }
done
# The rest of code-server's postinstall.
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin" && ln -sf "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
ln -sfn node_modules "$VS/node_modules.asar"
(cd "$VS/bin/remote-cli" && ln -sf code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sf browser-linux.sh browser.sh)
(cd "$VS/extensions" && npm install --omit=dev >/dev/null)

say "npm install --ignore-scripts playwright-core@$PW_VERSION (drives the system Chromium; downloads no browser)"
cd "$STAGE" && echo '{"private":true}' > package.json
npm install --ignore-scripts "playwright-core@$PW_VERSION" >/dev/null

version="$(printf 'auth: none\ncert: false\n' > "$STAGE/cs/config.yaml" && XDG_DATA_HOME="$STAGE/cs/xdg" "$STAGE/cs/node_modules/.bin/code-server" --config "$STAGE/cs/config.yaml" --version | tail -1)"
rm -rf "$STAGE/cs/xdg"
say "code-server $version"
echo "$STAMP" > "$STAGE/.complete"
rm -rf "$TOOLS" && mkdir -p "$(dirname "$TOOLS")" && mv "$STAGE" "$TOOLS"
trap - EXIT
say "tools ready in $TOOLS ($(du -sh "$TOOLS" | cut -f1))"
echo "$TOOLS"
