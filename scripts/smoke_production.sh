#!/usr/bin/env bash
# Production smoke test, run by .ci/run after `make test`: gunicorn with DEBUG=false on PostgreSQL
# and Redis, set up as the README's "Running in production" says (generated keys, migrate,
# collectstatic), then curl checks the login page, a static file, /health/ and the headers.
# Needs `make setup` first. Settings by environment: SMOKE_DATABASE_URL (PostgreSQL),
# SMOKE_REDIS_URL, SMOKE_PORT. Prints gunicorn's log and exits 1 on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${SMOKE_PORT:-8001}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
log="$work/gunicorn.log"
py=.venv/bin/python

export DEBUG=false
SECRET_KEY=$($py -c 'import secrets; print(secrets.token_urlsafe(50))')
NOTES_ENCRYPTION_KEYS=$($py -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')
export SECRET_KEY NOTES_ENCRYPTION_KEYS
export ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL=${SMOKE_DATABASE_URL:?set SMOKE_DATABASE_URL to a PostgreSQL database}
export REDIS_URL=${SMOKE_REDIS_URL:?set SMOKE_REDIS_URL to a Redis database}
# As behind deploy/nginx-revmentor.conf: the proxy says which requests came over HTTPS.
export SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto
export SECURE_HSTS_PRELOAD=true
export STATIC_ROOT="$work/static"

server=""
fail() {
  echo "production smoke test FAILED: $*"
  echo "--- gunicorn's log:"
  cat "$log" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  exit 1
}

$py manage.py migrate --noinput >"$log" 2>&1 || fail "migrate"
$py manage.py collectstatic --noinput -v0 >>"$log" 2>&1 || fail "collectstatic"
$py manage.py check --deploy --fail-level WARNING >>"$log" 2>&1 || fail "check --deploy"

.venv/bin/gunicorn revmentor.wsgi:application --bind "127.0.0.1:$port" --workers 2 --no-control-socket >>"$log" 2>&1 &
server=$!

# /health/ is exempt from the HTTPS redirect: a plain local probe gets its answer.
healthy=""
for _ in $(seq 1 60); do
  if curl -fsS "$base/health/" -o "$work/health.json" 2>/dev/null; then healthy=yes; break; fi
  kill -0 "$server" 2>/dev/null || fail "gunicorn exited"
  sleep 1
done
[ -n "$healthy" ] || fail "/health/ did not answer 200 within 60 s"
grep -q '"status": "ok"' "$work/health.json" || fail "/health/ body: $(cat "$work/health.json")"
grep -q '"task_queue": "ok"' "$work/health.json" || fail "/health/ did not check the task queue"

# fetch NAME URL [curl options]: body in $work/NAME.body, headers in $work/NAME.headers.
fetch() {
  local name=$1 url=$2
  shift 2
  curl -sS -o "$work/$name.body" -D "$work/$name.headers" -w '%{http_code}' "$@" "$url" \
    || fail "curl $url"
}
header() { grep -i "^$2:" "$work/$1.headers" | head -n 1 | tr -d '\r'; }
https=(-H "X-Forwarded-Proto: https")

# Plain HTTP: redirected to HTTPS, and no HSTS (it only applies over HTTPS).
status=$(fetch plain "$base/accounts/login/")
[ "$status" = 301 ] || fail "plain-HTTP login page: status $status, expected 301"
header plain Location | grep -q "https://127.0.0.1:$port/accounts/login/" \
  || fail "redirect went to '$(header plain Location)'"
[ -z "$(header plain Strict-Transport-Security)" ] || fail "HSTS sent over plain HTTP"

# The login page over HTTPS (through the proxy header).
status=$(fetch login "$base/accounts/login/" "${https[@]}")
[ "$status" = 200 ] || fail "login page: status $status"
grep -q 'name="username"' "$work/login.body" || fail "login page has no login form"
header login Content-Security-Policy | grep -q "script-src 'self'" \
  || fail "CSP: '$(header login Content-Security-Policy)'"
header login Content-Security-Policy | grep -q "unsafe-inline" && fail "CSP allows inline code"
header login Strict-Transport-Security | grep -q "max-age=31536000; includeSubDomains" \
  || fail "HSTS: '$(header login Strict-Transport-Security)'"
header login X-Content-Type-Options | grep -qi "nosniff" || fail "no X-Content-Type-Options"
header login Cache-Control | grep -q "no-store" || fail "Cache-Control: '$(header login Cache-Control)'"

# A static file linked by its hashed name from the manifest, cached for a year, gzipped.
css=$(grep -o '/static/css/revmentor\.[0-9a-f]\{12\}\.css' "$work/login.body" | head -n 1)
[ -n "$css" ] || fail "the login page links no hashed revmentor.css"
grep -q "\"${css#/static/}\"" "$STATIC_ROOT/staticfiles.json" || fail "$css is not in the manifest"
status=$(fetch css "$base$css" "${https[@]}" -H "Accept-Encoding: gzip")
[ "$status" = 200 ] || fail "static file $css: status $status"
header css Cache-Control | grep -q "max-age=315360000" || fail "static Cache-Control: '$(header css Cache-Control)'"
header css Cache-Control | grep -q "no-store" && fail "static file marked no-store"
header css Content-Encoding | grep -q gzip || fail "static file not served gzipped"

# DEBUG is really off: an unknown page is a plain 404, not Django's debug page.
status=$(fetch missing "$base/no-such-page/" "${https[@]}")
[ "$status" = 404 ] || fail "unknown page: status $status"
grep -q "URLconf" "$work/missing.body" && fail "the 404 page is Django's debug page"

kill "$server"
wait "$server" 2>/dev/null || true
server=""
rm -rf "$work"
echo "smoke test: gunicorn with DEBUG=false on PostgreSQL and Redis served the login page, a hashed static file, /health/ and the security headers"
