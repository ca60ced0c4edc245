#!/usr/bin/env python3
"""A dialer in Python (standard library only) asking `callgate serve` before each call.

Usage: python3 examples/serve-client.py http://127.0.0.1:8787 [token]

Records the consumer's consent, then reserves five calls to one number on one morning: the
fifth is refused by the 4-calls-in-30-days cap (C. consom. D.223-9 al. 3), with its reasons and
the next instant the call becomes lawful. Prints one line per call; exits 0.
"""
import json
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8787"
TOKEN = sys.argv[2] if len(sys.argv) > 2 else None
NUMBER = sys.argv[3] if len(sys.argv) > 3 else "+33612345678"


def post(path, body):
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode("utf-8"), method="POST")
    request.add_header("Content-Type", "application/json")
    if TOKEN:
        request.add_header("Authorization", "Bearer " + TOKEN)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        # 400 / 401 / 503 come as application/problem+json (RFC 9457): say what is wrong.
        problem = json.load(error)
        raise SystemExit(f"{error.code} {problem.get('title')}: {problem.get('detail')}")


# Since 11 August 2026 a prospecting call needs the consumer's prior consent (C. consom. L.223-1).
post("/v1/events", {"to": NUMBER, "events": [{"type": "consent", "at": "2026-11-01T09:00:00+01:00", "advertiser": "acme", "proof": "web-form-42"}]})

for minute in range(5):
    attempt = {"to": NUMBER, "at": f"2026-11-24T10:3{minute}:00+01:00", "channel": "voice", "advertiser": "acme", "callerId": "+33162123456"}
    decision = post("/v1/reserve", {"attempt": attempt})
    if decision["allowed"]:
        print(f"10:3{minute} allow: dial")
    else:
        codes = ", ".join(reason["code"] for reason in decision["reasons"])
        print(f"10:3{minute} deny ({codes}); next allowed {decision['nextAllowedAt']}")
