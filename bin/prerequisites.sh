# Sourced by bin/start and bin/test: installs what a fresh Debian machine lacks, so both commands
# work on a clean clone. Everything comes from Debian's packages, Maven Central or the npm registry.

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -z "${MDRIVE_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        MDRIVE_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# Keycloak 26.7 runs on Java 17; pick a JDK 17 even when another one is the default.
ensure_java() {
    local jdk
    jdk=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -n 1)
    if [ -z "$jdk" ]; then
        echo "Installing OpenJDK 17 ..."
        apt_install openjdk-17-jdk-headless
        jdk=$(ls -d /usr/lib/jvm/java-17-openjdk-* | head -n 1)
    fi
    export JAVA_HOME="$jdk"
    export PATH="$JAVA_HOME/bin:$PATH"
}

ensure_maven() {
    command -v mvn >/dev/null 2>&1 || { echo "Installing Maven ..."; apt_install maven; }
}

# Browser tests drive Debian's Chromium through its chromedriver; the CJK fonts make the Japanese
# screenshots legible.
ensure_browser() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} ..."
        apt_install "${missing[@]}"
    fi
}

# The cluster tests run two production-mode nodes on a PostgreSQL server of Debian's packages, which
# they start themselves for the run; only the binaries are needed.
ensure_postgres() {
    ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { echo "Installing PostgreSQL ..."; apt_install postgresql; }
}

ensure_node() {
    command -v npm >/dev/null 2>&1 || { echo "Installing Node.js and npm ..."; apt_install nodejs npm; }
}

# The Keycloak version pinned in the root pom, for the distribution we run.
keycloak_version() {
    sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -n 1
}
