#!/bin/sh
# Installs EHCP Appeal for the current user only (no administrator rights): a menu entry and
# a launcher. The family's data folder is never touched by installing or removing the app.
set -eu
here=$(dirname "$(readlink -f "$0")")
target="${XDG_DATA_HOME:-$HOME/.local/share}/ehcp-appeal-app"
mkdir -p "$target" "$HOME/.local/bin" "${XDG_DATA_HOME:-$HOME/.local/share}/applications"
cp -a "$here/." "$target/"
ln -sf "$target/ehcp-appeal" "$HOME/.local/bin/ehcp-appeal"
sed "s|^Exec=.*|Exec=$target/ehcp-appeal|" "$here/ehcp-appeal.desktop" \
    > "${XDG_DATA_HOME:-$HOME/.local/share}/applications/ehcp-appeal.desktop"
echo "EHCP Appeal is installed. Start it from your applications menu, or run: ehcp-appeal"
echo "To remove it: rm -r '$target' ~/.local/bin/ehcp-appeal ~/.local/share/applications/ehcp-appeal.desktop"
