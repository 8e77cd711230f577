#!/usr/bin/env bash
# Build the Linux one-folder app and its tarball, then run the frozen app's self-test.
#   bash packaging/build_linux.sh          (installs what it needs, as scripts/dev.sh does)
# Output: dist/EHCP Appeal/ and dist/ehcp-appeal-linux-x86_64.tar.gz
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/dev.sh setup
venv="$root/.venv"
"$venv/bin/python" -m pip install -q "pyinstaller==6.22.3"
rm -rf build/pyinstaller "dist/EHCP Appeal"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/ehcp_appeal.spec
cp packaging/linux/ehcp-appeal packaging/linux/ehcp-appeal.desktop packaging/linux/install.sh dist/
tar -C dist -czf dist/ehcp-appeal-linux-x86_64.tar.gz \
    "EHCP Appeal" ehcp-appeal ehcp-appeal.desktop install.sh
echo "== Size on disk: $(du -sh "dist/EHCP Appeal" | cut -f1); compressed: $(du -sh dist/ehcp-appeal-linux-x86_64.tar.gz | cut -f1)"
echo "== Self-test of the frozen app"
QT_QPA_PLATFORM=offscreen "dist/EHCP Appeal/ehcp-appeal" --self-test
