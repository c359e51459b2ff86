#!/usr/bin/env python3
"""Measures how long a refused login takes for known and unknown e-mails on a running demo.

Usage: python3 tools/login_timing.py http://127.0.0.1:8202 [rounds]

Start the demo with `PARCOURS_TRUSTED_PROXIES=127.0.0.1` so that each attempt can come from its own address
(`X-Forwarded-For`) and stays under the throttling limits. Known e-mails are the nine demo accounts with a wrong
password (at most four attempts each); unknown e-mails do not exist. Prints both medians and their ratio.
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8202"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
ROLES = ["referent", "responsable", "ofii", "prefecture", "dreets", "national", "partenaire", "dpo", "admin"]


def attempt(email, index):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/connexion").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"email": email, "password": "pas le bon mot de passe", "_csrf": token}).encode()
    request = urllib.request.Request(BASE + "/connexion", data=body)
    request.add_header("X-Forwarded-For", f"198.51.{index // 250}.{index % 250 + 1}")
    start = time.perf_counter()
    try:
        opener.open(request)
    except urllib.error.HTTPError as error:
        if error.code != 422:
            raise SystemExit(f"unexpected status {error.code} for {email}")
    return time.perf_counter() - start


def main():
    known, unknown = [], []
    index = 0
    for round_number in range(ROUNDS):
        for role in ROLES:
            known.append(attempt(f"{role}@demo.parcours.test", index))
            unknown.append(attempt(f"inconnu-{round_number}-{role}@exemple.fr", index + 1))
            index += 2
    known_median, unknown_median = statistics.median(known), statistics.median(unknown)
    print(f"known e-mails:   {len(known)} attempts, median {known_median * 1000:.1f} ms")
    print(f"unknown e-mails: {len(unknown)} attempts, median {unknown_median * 1000:.1f} ms")
    print(f"ratio unknown/known: {unknown_median / known_median:.3f}")


if __name__ == "__main__":
    main()
