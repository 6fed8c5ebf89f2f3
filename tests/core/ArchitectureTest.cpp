// SPDX-License-Identifier: GPL-3.0-or-later
// The floors inside core (DESIGN.md, "Inside core: floors"): every folder uses only the floors
// below it, and folders on one floor never depend on each other in a circle. The test reads
// every #include under core/ and fails on one that climbs a floor or closes a circle.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <functional>
#include <map>

namespace {

// The floors, bottom up. A folder not listed here is an error: a new folder takes its place
// in DESIGN.md and here first.
const std::map<QString, int> &floors()
{
    static const std::map<QString, int> f = {
        {QStringLiteral("storage"), 0},    {QStringLiteral("io"), 0},
        {QStringLiteral("common"), 0},     {QStringLiteral("i18n"), 0},
        {QStringLiteral("org"), 1},        {QStringLiteral("flow"), 2},
        {QStringLiteral("inspection"), 3}, {QStringLiteral("survey"), 3},
        {QStringLiteral("team"), 3},       {QStringLiteral("knowledge"), 3},
        {QStringLiteral("equipment"), 3},  {QStringLiteral("incident"), 3},
        {QStringLiteral("kpi"), 4},        {QStringLiteral("workbook"), 5},
        {QStringLiteral("report"), 5},     {QStringLiteral("network"), 5},
        {QStringLiteral("demo"), 6},
    };
    return f;
}

// The includes that climbed a floor when the guard was written (issue 16 moves them down one
// by one). The list only shrinks: an include not in it fails, and so does an entry whose
// include is gone (remove it, so it cannot come back unnoticed).
const QSet<QString> &knownUpwardIncludes()
{
    static const QSet<QString> known = {
        QStringLiteral("io/CalendarCsv.cpp -> flow"),
        QStringLiteral("io/OrderImporter.cpp -> flow"),
        QStringLiteral("io/Importers.cpp -> survey"),
        QStringLiteral("io/Importers.cpp -> org"), // the registry: up to workbook/
        QStringLiteral("io/Importers.cpp -> team"),
        QStringLiteral("io/OrderImporter.cpp -> org"),
    };
    return known;
}

struct Include {
    QString file;   // relative to core/, e.g. "kpi/KpiEngine.cpp"
    QString folder; // the file's folder
    QString target; // the included folder
};

std::vector<Include> coreIncludes()
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s+"([A-Za-z0-9_]+)/[^"]+")"));
    const QDir core(QStringLiteral(SERVICELENS_SOURCE_DIR "/core"));
    std::vector<Include> found;
    QDirIterator it(core.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = core.relativeFilePath(path);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        while (!f.atEnd()) {
            const auto m = include.match(QString::fromUtf8(f.readLine()));
            if (m.hasMatch() && m.captured(1) != folder)
                found.push_back({relative, folder, m.captured(1)});
        }
    }
    return found;
}

} // namespace

TEST_CASE("Core's folders use only the floors below them, with no circles", "[architecture]")
{
    const auto includes = coreIncludes();
    REQUIRE(includes.size() > 100); // the tree was found and read

    QSet<QString> upward;
    QMap<QString, QSet<QString>> uses; // folder -> folders it includes
    for (const Include &i : includes) {
        INFO(i.file.toStdString() << " includes " << i.target.toStdString());
        REQUIRE(floors().count(i.folder) == 1); // every folder has its floor
        if (floors().count(i.target) == 0)
            continue; // a Qt or system header that happens to contain a slash
        uses[i.folder].insert(i.target);
        if (floors().at(i.target) > floors().at(i.folder))
            upward.insert(i.file + QStringLiteral(" -> ") + i.target);
    }
    for (const QString &u : upward) {
        INFO("an include climbs a floor: " << u.toStdString()
                                           << " (move the code to its floor, DESIGN.md)");
        CHECK(knownUpwardIncludes().contains(u));
    }
    for (const QString &k : knownUpwardIncludes()) {
        INFO("no longer climbs: remove it from the known list: " << k.toStdString());
        CHECK(upward.contains(k));
    }

    // Circles between folders: a depth-first search over the folder graph, leaving aside the
    // known upward includes (each of them closes a circle of its own until it is moved).
    QMap<QString, QSet<QString>> graph;
    for (const Include &i : includes)
        if (floors().count(i.target) &&
            !knownUpwardIncludes().contains(i.file + QStringLiteral(" -> ") + i.target))
            graph[i.folder].insert(i.target);
    QMap<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    QStringList circle;
    std::function<void(const QString &)> visit = [&](const QString &folder) {
        state[folder] = 1;
        path << folder;
        for (const QString &next : graph.value(folder)) {
            if (!circle.isEmpty())
                break;
            if (state.value(next) == 1)
                circle = path.mid(path.indexOf(next)) << next;
            else if (state.value(next) == 0)
                visit(next);
        }
        path.removeLast();
        state[folder] = 2;
    };
    for (auto it = graph.constBegin(); it != graph.constEnd() && circle.isEmpty(); ++it)
        if (state.value(it.key()) == 0)
            visit(it.key());
    INFO("folders in a circle: " << circle.join(QStringLiteral(" -> ")).toStdString());
    CHECK(circle.isEmpty());
}
