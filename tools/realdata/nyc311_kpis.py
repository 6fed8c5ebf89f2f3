#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent computation of the month figures ServiceLens gives for a New York City 311
portal export (1 May 2022, NYC Open Data's export format), from FORMATS.md and KPI.md
alone, with the standard library, to check `servicelens import orders` (map file below) and
`kpi` against.

Usage: nyc311_kpis.py 311_Service_Requests_from_2010_to_Present.csv 2022-05 [...]
The workbook: `servicelens init --timezone America/New_York`, then `import orders --map` with
    @date_format=MM/dd/yyyy hh:mm:ss AP
    @empty=N/A
    @value.channel.PHONE=phone   (ONLINE=online, MOBILE=app, UNKNOWN=phone, OTHER=phone)
Times are New York local times, compared as written (no month here crosses a clock change); the
calendar for 2022 counts Monday to Friday. An order's resolution target is its Due Date when it
has one (met when closed by then), else normal priority's 3 working days.
"""
import csv
import datetime as dt
import json
import math
import statistics
import sys


def when(text):
    return dt.datetime.strptime(text, "%m/%d/%Y %I:%M:%S %p") if text not in ("", "N/A") else None


def working_days_after(start, end):
    n = 0
    d = start + dt.timedelta(days=1)
    while d <= end:
        n += d.weekday() < 5
        d += dt.timedelta(days=1)
    return n


def main():
    with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
        rows = [{"received": when(r["Created Date"]), "closed": when(r["Closed Date"]),
                 "due": when(r["Due Date"])} for r in csv.DictReader(f)]
    for month in sys.argv[2:]:
        start = dt.datetime.strptime(month, "%Y-%m")
        end = (start + dt.timedelta(days=32)).replace(day=1)
        received = [o for o in rows if start <= o["received"] < end]
        closed = [o for o in rows if o["closed"] and start <= o["closed"] < end]
        wd = [working_days_after(o["received"].date(), o["closed"].date()) for o in closed]
        met = sum((o["closed"] <= o["due"]) if o["due"] else (w <= 3) for o, w in zip(closed, wd))
        backlog = sum(1 for o in rows
                      if o["received"] < end and not (o["closed"] and o["closed"] < end))
        print(json.dumps({
            "month": month, "received": len(received), "closed": len(closed),
            "backlog_end": backlog,
            "resolution_wd_mean": statistics.mean(wd) if wd else None,
            "resolution_wd_median": statistics.median(wd) if wd else None,
            "resolution_wd_p90": sorted(wd)[math.ceil(0.9 * len(wd)) - 1] if wd else None,
            "resolution_within_target_rate": met / len(closed) if closed else None}))


if __name__ == "__main__":
    main()
