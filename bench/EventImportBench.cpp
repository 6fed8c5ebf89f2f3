// SPDX-License-Identifier: GPL-3.0-or-later
// How fast `servicelens import events` loads a helpdesk's state history (issue 17: 1,000,000
// events at 100,000 events/s or more, with flat memory), shaped like the ServiceNow export:
// day-first times without padding, `?` for no value, `Awaiting …` states, reopenings, orders
// of three to twelve events listed together, and a priority and category repeated on each row.
//
// Usage: servicelens_bench_events [--events N] [--work DIR]
// The log is generated (deterministically) into DIR (default a folder in /tmp) and kept for the
// next run; each import runs as its own process, timed from outside, with its peak resident
// memory from wait4(); a log of a tenth of the events shows whether memory grows with the file.
#include "BenchProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>

using namespace servicelens::bench;

namespace {

// A small deterministic generator: the same log on every machine.
struct Random {
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::uint32_t next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state >> 33);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
};

QByteArray serviceNowTime(qint64 secs)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    return QStringLiteral("%1/%2/%3 %4")
        .arg(t.date().day())
        .arg(t.date().month())
        .arg(t.date().year())
        .arg(t.time().toString(QStringLiteral("HH:mm")))
        .toLatin1();
}

// `events` events, whole orders, into `path`.
void generate(const QString &path, qint64 events)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(path));
    Random random;
    const char *priorities[] = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"};
    QByteArray buffer = "number,incident_state,sys_updated_at,priority,category,u_symptom\n";
    qint64 written = 0;
    qint64 opened = QDateTime(QDate(2025, 1, 2), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (qint64 n = 1; written < events; ++n) {
        const QByteArray number = "INC" + QByteArray::number(n).rightJustified(8, '0');
        const QByteArray priority = priorities[random.below(4)];
        const QByteArray category = "Category " + QByteArray::number(random.below(60));
        const QByteArray symptom =
            random.below(4) == 0 ? QByteArray("?") : "Symptom " + QByteArray::number(n % 500);
        opened += 60 * (1 + random.below(4)); // a few minutes apart
        qint64 at = opened;
        std::vector<const char *> states{"New", "Active"};
        if (random.below(3) == 0)
            states.push_back(random.below(2) ? "Awaiting User Info" : "Awaiting Vendor");
        if (states.size() > 2)
            states.push_back("Active");
        states.push_back("Resolved");
        if (random.below(20) == 0) { // the caller rejects the fix
            states.push_back("Active");
            states.push_back("Resolved");
        }
        states.push_back("Closed");
        for (const char *state : states) {
            buffer += number + ',' + state + ',' + serviceNowTime(at) + ',' + priority + ',' +
                      category + ',' + symptom + '\n';
            at += 60 * (5 + random.below(60 * 24));
            if (++written == events)
                break;
        }
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
}

const char *mapFile = "@date_format=d/M/yyyy hh:mm\n"
                      "@empty=?\n"
                      "u_symptom=description\n"
                      "@value.state.New=received\n"
                      "@value.state.Active=analysed\n"
                      "@value.state.Awaiting User Info=waiting_customer\n"
                      "@value.state.Awaiting Vendor=waiting_parts\n"
                      "@value.state.Resolved=implemented\n"
                      "@value.state.Closed=closed\n"
                      "@value.priority.1 - Critical=urgent\n"
                      "@value.priority.2 - High=high\n"
                      "@value.priority.3 - Moderate=normal\n"
                      "@value.priority.4 - Low=low\n";

Run importLog(const QString &binary, const QString &work, const QString &csv, const QString &map)
{
    const QString db = work + QStringLiteral("/events.servicelens");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(suffix));
    QDir(db + QStringLiteral(".backups")).removeRecursively();
    runProcess({binary, QStringLiteral("init"), QStringLiteral("--db"), db,
                QStringLiteral("--timezone"), QStringLiteral("UTC")});
    return runProcess({binary, QStringLiteral("import"), QStringLiteral("events"),
                       QStringLiteral("--db"), db, QStringLiteral("--in"), csv,
                       QStringLiteral("--map"), map});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 events = option(args, "events", QStringLiteral("1000000")).toLongLong();
    const QString work =
        option(args, "work", QDir::tempPath() + QStringLiteral("/servicelens-bench-events"));
    QDir().mkpath(work);
    const QString binary = QStringLiteral(SERVICELENS_BINARY);
    const QString csv = work + QStringLiteral("/events-%1.csv").arg(events);
    const QString tenth = work + QStringLiteral("/events-%1.csv").arg(events / 10);
    const QString map = work + QStringLiteral("/servicenow.map");
    if (!QFileInfo::exists(csv))
        generate(csv, events);
    if (!QFileInfo::exists(tenth))
        generate(tenth, events / 10);
    QFile m(map);
    if (!m.open(QIODevice::WriteOnly) || m.write(mapFile) < 0)
        fail(QStringLiteral("cannot write %1").arg(map));
    m.close();
    std::printf("Log: %s, %lld events, %.1f MB\n", qPrintable(csv), events,
                static_cast<double>(QFileInfo(csv).size()) / 1e6);

    const Run full = importLog(binary, work, csv, map);
    const Run small = importLog(binary, work, tenth, map);
    std::printf("%-36s %8.2f s %10.0f events/s %6ld MB peak\n", "servicelens import events",
                full.seconds, static_cast<double>(events) / full.seconds, full.peakKb / 1024);
    std::printf("%-36s %8.2f s %10.0f events/s %6ld MB peak  (full file: %.2fx this memory)\n",
                "servicelens import events, 1/10", small.seconds,
                static_cast<double>(events / 10) / small.seconds, small.peakKb / 1024,
                static_cast<double>(full.peakKb) / static_cast<double>(small.peakKb));
    return 0;
}
