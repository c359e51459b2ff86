#!/usr/bin/env python3
"""Two Parcours instances on one PostgreSQL behind nginx, and a kill -9 under load (issue 20 item 1).

Instance A loads the demo into PostgreSQL (`parcours demo`), instance B serves the same database (`parcours serve`),
nginx balances them with the proxy settings of docs/deploy/nginx.conf. A caseworker signs in through the balancer and
her next requests are served by both instances (the session lives in the database). Then 8 clients write contacts
through the balancer while instance B is killed with SIGKILL and restarted: every write acknowledged with a 303 must
be in the database exactly once, the audit chain must verify, and the errors are counted and reported.

Usage: ci/multi_instance.py BINARY POSTGRES_URL WORKDIR
"""
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

BINARY, DATABASE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
LB, A, B = 8300, 8301, 8302
CLIENTS, WRITES = 8, 2000
ENV = dict(os.environ, PARCOURS_AUDIT_KEY_FILE=f"{WORK}/cluster-audit.key", PARCOURS_TRUSTED_PROXIES="127.0.0.1",
           PARCOURS_SECOND_FACTOR_REQUIRED="false", PARCOURS_SECURE_COOKIES="false", PARCOURS_DATABASE_URL=DATABASE)
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (f" ({detail})" if detail else ""), flush=True)
    if not ok:
        failures.append(name)


def wait_ready(port, seconds=180):
    for _ in range(seconds * 2):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as answer:
                if answer.status == 200:
                    return True
        except Exception:
            pass
        time.sleep(0.5)
    return False


def start(command, port, log):
    process = subprocess.Popen([BINARY, *command, "--port", str(port)], env=ENV, stdout=open(log, "w"),
                               stderr=subprocess.STDOUT)
    if not wait_ready(port):
        print(open(log).read()[-3000:])
        raise SystemExit(f"instance on {port} did not start")
    return process


class Keep3xx(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A browser without JavaScript: cookies, the CSRF field, redirects not followed."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), Keep3xx())
        self.upstreams = []

    def request(self, path, form=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(f"http://127.0.0.1:{LB}{path}", data=data, timeout=30) as answer:
                self.upstreams.append(answer.headers.get("X-Parcours-Upstream", ""))
                return answer.status, answer.headers, answer.read().decode()
        except urllib.error.HTTPError as error:
            self.upstreams.append(error.headers.get("X-Parcours-Upstream", ""))
            return error.code, error.headers, error.read().decode(errors="replace")

    def csrf(self, html):
        found = re.search(r'name="_csrf" value="([^"]+)"', html)
        return found.group(1) if found else ""

    def login(self, email):
        _, _, page = self.request("/connexion")
        status, headers, _ = self.request("/connexion", {"_csrf": self.csrf(page), "email": email,
                                                          "password": "parcours-demo-2026"})
        return status == 303


def nginx_config():
    root = f"{WORK}/nginx"
    os.makedirs(root, exist_ok=True)
    with open(f"{root}/nginx.conf", "w") as conf:
        conf.write(f"""
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 512; }}
http {{
    access_log {root}/access.log;
    client_body_temp_path {root}/body; proxy_temp_path {root}/proxy; fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi; scgi_temp_path {root}/scgi;
    upstream parcours {{
        server 127.0.0.1:{A} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:{B} max_fails=1 fail_timeout=10s;
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{LB};
        client_max_body_size 12m;
        location / {{
            proxy_pass http://parcours;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
            add_header X-Parcours-Upstream $upstream_addr always;
        }}
    }}
}}
""")
    return root


def psql(query):
    return subprocess.run(["psql", DATABASE, "-tAc", query], check=True, capture_output=True, text=True).stdout


def main():
    subprocess.run([BINARY, "audit", "key", "--file", ENV["PARCOURS_AUDIT_KEY_FILE"]], check=True, env=ENV,
                   stdout=subprocess.DEVNULL)
    instance_a = start(["demo"], A, f"{WORK}/instance-a.log")
    instance_b = start(["serve"], B, f"{WORK}/instance-b.log")
    root = nginx_config()
    nginx = subprocess.Popen(["nginx", "-p", root, "-c", f"{root}/nginx.conf", "-g", "daemon off;"])
    try:
        time.sleep(1)
        run(instance_b)
    finally:
        nginx.terminate()
        for process in (instance_a,):
            process.terminate()
        subprocess.run(["pkill", "-f", "--", f"--port {B}"], check=False)


def run(instance_b):
    probe = Client()
    check("sign-in through the balancer", probe.login("referent@demo.parcours.test"))
    for _ in range(12):
        probe.request("/menages?etape=accompagnement")
    seen = {u for u in probe.upstreams[-12:] if u}
    check("one session served by both instances", {f"127.0.0.1:{A}", f"127.0.0.1:{B}"} <= seen, str(seen))
    _, _, caseload = probe.request("/menages?etape=accompagnement")
    households = list(dict.fromkeys(re.findall(r'href="/menages/([A-Za-z0-9_-]{10,})"', caseload)))
    check("the caseworker has households in support", len(households) >= 1, str(len(households)))
    if not households:
        return
    today = time.strftime("%Y-%m-%d")
    acknowledged, errors, lock = [], [], threading.Lock()
    done = [0]

    # The clients sign in one after the other, as people do (sign-ins at once are tested in LoginThrottleRaceTests).
    sessions = []
    for number in range(CLIENTS):
        me = Client()
        check(f"client {number} signs in", me.login("referent@demo.parcours.test"))
        sessions.append(me)

    def client(number):
        me = sessions[number]
        household = households[number % len(households)]
        _, _, page = me.request(f"/menages/{household}")
        token = me.csrf(page)
        for index in range(WRITES // CLIENTS):
            note = f"cluster-{number}-{index}"
            form = {"_csrf": token, "contactDate": today, "contactMode": "telephone", "contactMinutes": "15",
                    "contactAttendees": "Personne de référence", "contactNote": note}
            try:
                status, headers, _ = me.request(f"/menages/{household}/entretiens", form)
            except Exception as error:  # connection reset by the kill
                status, headers = 0, {}
                with lock:
                    errors.append(f"{note}: {error}")
            with lock:
                done[0] += 1
                if status == 303 and "erreur" not in (headers.get("Location", "") if headers else ""):
                    acknowledged.append(note)
                elif status != 0:
                    errors.append(f"{note}: HTTP {status}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    while done[0] < WRITES // 4:
        time.sleep(0.05)
    instance_b.send_signal(signal.SIGKILL)
    killed_at = done[0]
    time.sleep(2)
    restarted = start(["serve"], B, f"{WORK}/instance-b-restarted.log")
    for thread in threads:
        thread.join()
    print(f"{len(acknowledged)} writes acknowledged of {WRITES}, {len(errors)} errors "
          f"(instance B killed after {killed_at} writes and restarted)", flush=True)
    for line in errors[:10]:
        print("  " + line)
    rows = psql("SELECT note FROM contacts WHERE note LIKE 'cluster-%'").split()
    counts = {}
    for note in rows:
        counts[note] = counts.get(note, 0) + 1
    lost = [n for n in acknowledged if counts.get(n, 0) == 0]
    duplicated = [n for n, c in counts.items() if c > 1]
    check("no acknowledged write lost", not lost, f"{len(lost)} lost")
    check("no write stored twice", not duplicated, f"{len(duplicated)} duplicated")
    check("most writes acknowledged", len(acknowledged) >= WRITES * 0.9, f"{len(acknowledged)}")
    verify = subprocess.run([BINARY, "audit", "verify"], env=ENV, capture_output=True, text=True)
    check("audit chain intact after the kill", verify.returncode == 0, verify.stdout.strip() + verify.stderr.strip())
    restarted.terminate()
    with open(f"{WORK}/cluster-report.txt", "w") as report:
        report.write(f"acknowledged={len(acknowledged)} errors={len(errors)} lost={len(lost)} "
                     f"duplicated={len(duplicated)} killed_after={killed_at}\n")


if __name__ == "__main__":
    main()
    if failures:
        print(f"{len(failures)} failed: " + ", ".join(failures))
        sys.exit(1)
    print("multi-instance: all checks passed")
