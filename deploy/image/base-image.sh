#!/usr/bin/env bash
# Assembles the base image of Passage's OCI image without a registry or a container daemon: a Java
# runtime made with jlink from the local JDK (21 or newer), the few glibc files it needs taken from
# this machine, /tmp, and an unprivileged user (65532). Writes it as a `docker save` tarball, the
# format Jib reads through `tar://` as a base image (see the `image` profile in pom.xml).
# Usage: deploy/image/base-image.sh [output, default target/base-image/passage-base.tar]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/base-image/passage-base.tar}

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null && [ -x "$d/bin/jlink" ]; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ with jlink under /usr/lib/jvm" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root/opt" "$root/tmp" "$root/etc" "$root/lib64" "$root/lib/x86_64-linux-gnu"
chmod 1777 "$root/tmp"

# The modules Spring Boot, Tomcat, the PostgreSQL driver, PDF rendering (java.desktop) and the
# Turkish and German locale data (jdk.localedata) need.
"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.cryptoki,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

# glibc, as the runtime links it (ldd of the launcher and of every library jlink copied, but those of
# the X11 toolkit, sound and splash screen, which a headless server never loads).
libs=$( { ldd "$root/opt/java/bin/java"; find "$root/opt/java/lib" -name '*.so' ! -name 'libawt_xawt.so' \
  ! -name 'libjsound.so' ! -name 'libsplashscreen.so' -exec ldd {} \; ; } 2>/dev/null \
  | awk '/=> \//{print $3} /^[ \t]*\/lib64\//{print $1}' | grep -v "^$root" | sort -u)
for lib in $libs; do
  case "$lib" in
    /lib64/*) cp -L "$lib" "$root/lib64/" ;;
    *) cp -L "$lib" "$root/lib/x86_64-linux-gnu/" ;;
  esac
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
mkdir -p "$root/home/nonroot"

# One layer, reproducible: fixed owner and modification times, sorted names.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00:00Z' -C "$root" -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"65532","WorkingDir":"/home/nonroot"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"deploy/image/base-image.sh: jlink $("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/{print $2}')"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["passage-base:local"],"Layers":["layer.tar"]}]\n' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "$out: $(du -h "$out" | cut -f1), runtime $("$root/opt/java/bin/java" -version 2>&1 | head -1)"
