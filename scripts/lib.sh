# Shared helpers for the project's scripts.

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "oberig: the .NET 10 SDK is required (https://dotnet.microsoft.com/download); 'dotnet' is not on PATH." >&2
    exit 2
  fi
}

# apt_ensure COMMAND PACKAGE: installs the Debian package when the command is missing.
apt_ensure() {
  local cmd=$1 pkg=$2
  command -v "$cmd" >/dev/null 2>&1 && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  if command -v apt-get >/dev/null 2>&1; then
    echo "installing $pkg (for $cmd) ..." >&2
    $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$pkg" >/dev/null
  fi
  command -v "$cmd" >/dev/null 2>&1 || { echo "oberig: could not install $pkg; please install it (it provides $cmd)." >&2; return 1; }
}
