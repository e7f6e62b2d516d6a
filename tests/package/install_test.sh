#!/usr/bin/env bash
# Installs a Bulletin .deb into a clean Debian 12 root made for the purpose (mmdebstrap, with apt resolving the
# package's dependencies from the Debian mirror), then, inside that root, ingests the installed sample releases with
# bulletin-cli, searches them, and starts the GUI offscreen for its version. Exit 77 (skipped) when this machine
# cannot make a root: not root, no mmdebstrap, or the mirror unreachable.
set -euo pipefail
deb="${1:?usage: install_test.sh PATH/TO/bulletin_VERSION_ARCH.deb}"
mirror="${BULLETIN_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
skip() { echo "skipped: $*"; exit 77; }
[ -f "$deb" ] || { echo "install_test: no such package: $deb" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || skip "making a Debian root needs root (chroot)"
command -v mmdebstrap >/dev/null || skip "mmdebstrap is not installed (scripts/setup installs it)"
if ! timeout 20 bash -c "exec 3<>/dev/tcp/$(echo "$mirror" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')/80" 2>/dev/null; then
  skip "the Debian mirror $mirror is unreachable"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/bulletin.deb"
# The install and the checks run as a customize hook, with /proc, /sys and /dev mounted in the root. apt installs
# the package from inside the root (it resolves the dependencies from the root's own sources), as an analyst would.
cat > "$work/checks.sh" <<'CHECKS'
set -eu
root="$1"
cp "$2" "$root/tmp/bulletin.deb"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/bulletin.deb \
  > "$3" 2>&1 || { tail -20 "$3" >&2; exit 1; }
rm "$root/tmp/bulletin.deb"
run() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
echo "installed: $(chroot "$root" dpkg-query -W -f='${Package} ${Version}' bulletin)"
run test -x /usr/bin/bulletin-cli
run test -f /usr/share/applications/org.bulletinapp.Bulletin.desktop
run test -f /usr/share/metainfo/org.bulletinapp.Bulletin.metainfo.xml
run test -f /usr/share/icons/hicolor/scalable/apps/org.bulletinapp.Bulletin.svg
run test -f /usr/share/icons/hicolor/512x512/apps/org.bulletinapp.Bulletin.png
run test -f /usr/share/icons/hicolor/16x16/apps/org.bulletinapp.Bulletin.png
run test -f /usr/share/bulletin/models/tagger.bin
run test -d /usr/share/bulletin/gazetteers
run bulletin-cli ingest /usr/share/bulletin/samples --archive /root/samples.bulletin --quiet
run bulletin-cli check --archive /root/samples.bulletin >/dev/null
hits="$(run bulletin-cli search UNODC --archive /root/samples.bulletin --format csv | tail -n +2 | wc -l)"
[ "$hits" -ge 1 ] || { echo "search UNODC found nothing in the installed samples" >&2; exit 1; }
echo "bulletin-cli: ingested the samples; 'UNODC' finds $hits releases"
version="$(run bulletin --version)"
echo "$version" | grep -q "^Bulletin " || { echo "bulletin --version printed: $version" >&2; exit 1; }
echo "bulletin --version (offscreen): $version"
CHECKS
mmdebstrap --quiet --variant=apt --mode=root \
  --customize-hook="sh $work/checks.sh \"\$1\" $work/bulletin.deb $work/apt.log" bookworm "$work/root" "$mirror"
echo "package install test: ok"
