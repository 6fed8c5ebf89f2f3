#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent computation of the month figures ServiceLens gives for the ServiceNow incident
event log (UCI 498, "Incident management process enriched event log"), written from FORMATS.md and
KPI.md alone, with the standard library, to check `servicelens import events` and `kpi` against.

Usage: servicenow_kpis.py incident_event_log.csv 2016-03 [2016-04 ...]
Prints one JSON object per month with the figures of `kpi --json`'s "orders" section that the
log can feed. Times are naive (the workbook's branch in UTC); the calendar for 2016 counts
Monday to Friday (the shipped calendar covers 2025-2026 only).
"""
import csv
import datetime as dt
import json
import math
import statistics
import sys

STATES = {"New": "received", "Active": "analysed", "Awaiting User Info": "waiting_customer",
          "Awaiting Evidence": "waiting_customer", "Awaiting Problem": "waiting_parts",
          "Awaiting Vendor": "waiting_parts", "Resolved": "implemented", "Closed": "closed"}
RANK = {"received": 0, "analysed": 1, "solution": 2, "implemented": 3, "followed_up": 4,
        "closed": 5}
PRIORITY = {"1 - Critical": "urgent", "2 - High": "high", "3 - Moderate": "normal",
            "4 - Low": "low"}
TARGET_WD = {"urgent": 1, "high": 2, "normal": 3, "low": 5}


def when(text):
    return dt.datetime.strptime(text, "%d/%m/%Y %H:%M")


def incidents(path):
    """Each incident's rows in file order, without repeats of (time, state)."""
    rows = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            state = r["incident_state"]
            if state == "-100":
                continue  # mapped to ignore
            events = rows.setdefault(r["number"], [])
            at = when(r["sys_updated_at"])
            if any(e[0] == at and e[1] == state for e in events):
                continue
            opened = None if r["opened_at"] == "?" else when(r["opened_at"])
            events.append((at, state, r["priority"], opened))
    return rows


def derive(events):
    """FORMATS.md: the last entry to a stage after the last reopening; a move back from
    implemented, followed up or closed is a reopening; waits leave the stage as it is."""
    ordered = sorted(events, key=lambda e: e[0])  # stable: same-time events keep file order
    times = {}
    stage = None
    reopened = 0
    for at, source, _, _ in ordered:
        state = STATES[source]
        if state.startswith("waiting"):
            continue
        rank = RANK[state]
        if stage is not None and stage >= RANK["implemented"] and rank < stage:
            reopened += 1
        for later in [s for s, r in RANK.items() if r > rank]:
            times.pop(later, None)
        if rank > 0:
            times[state] = at
        stage = rank
    latest = max(ordered, key=lambda e: e[0])  # the latest row's columns (ties: the last)
    latest = [e for e in ordered if e[0] == latest[0]][-1]
    received = ordered[0][0]
    if latest[3] is not None and latest[3] <= received:
        received = latest[3]
    return {"received": received, "analysed": times.get("analysed"),
            "closed": times.get("closed"), "reopened": reopened,
            "priority": PRIORITY[latest[2]]}


def working_days_after(start, end):
    """Working days d with start < d <= end (Monday to Friday)."""
    n = 0
    d = start + dt.timedelta(days=1)
    while d <= end:
        n += d.weekday() < 5
        d += dt.timedelta(days=1)
    return n


def p90(values):
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def month_figures(orders, month):
    start = dt.datetime.strptime(month, "%Y-%m")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    received = [o for o in orders if start <= o["received"] < end]
    closed = [o for o in orders if o["closed"] and start <= o["closed"] < end]
    wd = [working_days_after(o["received"].date(), o["closed"].date()) for o in closed]
    met = sum(w <= TARGET_WD[o["priority"]] for o, w in zip(closed, wd))
    analysis = [(o["analysed"] - o["received"]).total_seconds() / 3600 for o in closed
                if o["analysed"]]
    backlog = sum(1 for o in orders
                  if o["received"] < end and not (o["closed"] and o["closed"] < end))
    return {"received": len(received), "closed": len(closed), "backlog_end": backlog,
            "resolution_wd_mean": statistics.mean(wd) if wd else None,
            "resolution_wd_median": statistics.median(wd) if wd else None,
            "resolution_wd_p90": p90(wd) if wd else None,
            "resolution_within_target_rate": met / len(closed) if closed else None,
            "reopen_rate": sum(o["reopened"] > 0 for o in closed) / len(closed) if closed else None,
            "analysis_hours_median": statistics.median(analysis) if analysis else None}


def main():
    orders = [derive(events) for events in incidents(sys.argv[1]).values()]
    for month in sys.argv[2:]:
        print(json.dumps({"month": month, **month_figures(orders, month)}))


if __name__ == "__main__":
    main()
