#!/usr/bin/env bash
# Builds the Teams app package src/Bot/appPackage/build/fibro-evidence-bot.zip: manifest.json with the
# placeholders filled in, plus color.png and outline.png, flat in one zip (what Teams sideloading expects).
#
#   MICROSOFT_APP_ID=<the Azure Bot's app id> BOT_DOMAIN=<public host of the bot> src/Bot/appPackage/build.sh
#
# MICROSOFT_APP_ID defaults to the MicrosoftAppId setting in the environment (as ASP.NET Core reads it).
# BOT_DOMAIN is a host name only (bot.example.org), no scheme or path. Needs bash and python3 (for the zip).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${MICROSOFT_APP_ID:-${MicrosoftAppId:-}}"
domain="${BOT_DOMAIN:-}"
out_dir="${APP_PACKAGE_OUT:-$here/build}"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "build.sh: set MICROSOFT_APP_ID to the bot's Microsoft App ID (a GUID); got '${app_id}'" >&2
  exit 2
fi
if [[ ! "$domain" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]]; then
  echo "build.sh: set BOT_DOMAIN to the bot's public host name, e.g. bot.example.org; got '${domain}'" >&2
  exit 2
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
sed -e "s/{{MICROSOFT_APP_ID}}/${app_id}/g" -e "s/{{BOT_DOMAIN}}/${domain}/g" "$here/manifest.json" > "$stage/manifest.json"
if grep -q '{{' "$stage/manifest.json"; then
  echo "build.sh: manifest.json still has an unfilled placeholder" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$out_dir"
rm -f "$out_dir/fibro-evidence-bot.zip"
(cd "$stage" && python3 -m zipfile -c "$out_dir/fibro-evidence-bot.zip" manifest.json color.png outline.png)
echo "$out_dir/fibro-evidence-bot.zip"
