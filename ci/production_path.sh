#!/usr/bin/env bash
# The README's "Run it for real" path on PostgreSQL, as a newcomer would follow it: an audit key, migrate, init
# (refused the second time), serve, then the first administrator signs in with the temporary password and must
# replace it before anything else. Usage: ci/production_path.sh BINARY POSTGRES_URL WORKDIR PORT
set -euo pipefail
binary=$1 database=$2 work=$3 port=$4
base="http://127.0.0.1:$port"
jar="$work/production-cookies.txt"
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true' EXIT

"$binary" audit key --file "$work/audit.key"
export PARCOURS_DATABASE_URL="$database" PARCOURS_AUDIT_KEY_FILE="$work/audit.key"
"$binary" migrate
output=$("$binary" init --organisation "Ministère de l'Intérieur (DGEF)" --email admin@exemple.gouv.fr \
  --name "Camille Martin")
echo "$output"
password=$(printf '%s\n' "$output" | sed -n 's/^Mot de passe provisoire.* : //p')
[ -n "$password" ] || { echo "parcours init printed no password"; exit 1; }
if "$binary" init --organisation Autre --email autre@exemple.gouv.fr --name "Autre Personne" 2>"$work/init2.err"; then
  echo "a second parcours init was accepted"; exit 1
fi
grep -q "déjà initialisé" "$work/init2.err" || { cat "$work/init2.err"; exit 1; }

"$binary" serve --port "$port" >"$work/production.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do curl -fs "$base/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/readyz" >/dev/null || { cat "$work/production.log"; exit 1; }

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(curl -fs -c "$jar" -b "$jar" "$base/connexion" | csrf)
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/connexion" \
  --data-urlencode "_csrf=$token" --data-urlencode "email=admin@exemple.gouv.fr" \
  --data-urlencode "password=$password")
echo "after sign-in: $location"
final=$(curl -s -o /dev/null -L -w '%{url_effective}' -c "$jar" -b "$jar" "$location")
echo "then: $final"
case "$final" in */compte*) ;; *) echo "the administrator was not sent to replace the temporary password"; exit 1 ;; esac
page=$(curl -fs -c "$jar" -b "$jar" "$base/compte")
grep -q "Camille Martin" <<<"$page" || { echo "the account page does not show the administrator"; exit 1; }
token=$(csrf <<<"$page")
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/compte/mot-de-passe" \
  --data-urlencode "_csrf=$token" --data-urlencode "current=$password" \
  --data-urlencode "new=Une phrase de passe solide 2026" --data-urlencode "confirmation=Une phrase de passe solide 2026")
[ "$code" = 303 ] || { echo "password change answered $code"; exit 1; }
echo "production path: migrate, init, serve and the first sign-in work on PostgreSQL"
