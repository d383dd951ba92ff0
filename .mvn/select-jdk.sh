# Sourced by ./mvnw and .ci/run: makes sure JAVA_HOME points at a JDK 21 or newer.
# Keeps JAVA_HOME (or the java on PATH) when it is new enough; otherwise picks the newest
# JDK >= 21 from the usual install folders. Leaves everything alone when none is found,
# so the Maven Enforcer can say clearly what is missing.
rebound_java_major() {
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

rebound_select_jdk() {
  rebound_current="${JAVA_HOME-}"
  if [ -z "$rebound_current" ] && command -v javac >/dev/null 2>&1; then
    rebound_current=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  if [ -n "$rebound_current" ] && [ "$(rebound_java_major "$rebound_current")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  rebound_best="" rebound_best_major=0
  for rebound_home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/.sdkman/candidates/java/* /opt/java/* /usr/java/*; do
    [ -x "$rebound_home/bin/javac" ] || continue
    rebound_major=$(rebound_java_major "$rebound_home")
    if [ "${rebound_major:-0}" -ge 21 ] 2>/dev/null && [ "$rebound_major" -gt "$rebound_best_major" ]; then
      rebound_best="$rebound_home" rebound_best_major="$rebound_major"
    fi
  done
  if [ -n "$rebound_best" ]; then
    echo "Rebound: using JDK $rebound_best_major at $rebound_best (JAVA_HOME was ${JAVA_HOME:-unset})" >&2
    JAVA_HOME="$rebound_best"
    export JAVA_HOME
  fi
}

rebound_select_jdk
