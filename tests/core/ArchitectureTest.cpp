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

// What is wrong with a set of includes: the ones that climb a floor, the first circle between
// folders, and folders without a floor.
struct Findings {
    QStringList upward;
    QStringList circle;
    QStringList unknownFolders;
};

Findings analyse(const std::vector<Include> &includes)
{
    Findings f;
    QMap<QString, QSet<QString>> graph; // folder -> folders it includes
    for (const Include &i : includes) {
        if (floors().count(i.folder) == 0) {
            f.unknownFolders << i.file;
            continue;
        }
        if (floors().count(i.target) == 0)
            continue; // a Qt or system header that happens to contain a slash
        graph[i.folder].insert(i.target);
        if (floors().at(i.target) > floors().at(i.folder))
            f.upward << i.file + QStringLiteral(" -> ") + i.target;
    }
    // Circles: a depth-first search over the folder graph (folders on one floor may use each
    // other, but never both ways round, directly or through others).
    QMap<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<void(const QString &)> visit = [&](const QString &folder) {
        state[folder] = 1;
        path << folder;
        for (const QString &next : graph.value(folder)) {
            if (!f.circle.isEmpty())
                break;
            if (state.value(next) == 1)
                f.circle = path.mid(path.indexOf(next)) << next;
            else if (state.value(next) == 0)
                visit(next);
        }
        path.removeLast();
        state[folder] = 2;
    };
    for (auto it = graph.constBegin(); it != graph.constEnd() && f.circle.isEmpty(); ++it)
        if (state.value(it.key()) == 0)
            visit(it.key());
    return f;
}

} // namespace

TEST_CASE("Core's folders use only the floors below them, with no circles", "[architecture]")
{
    const auto includes = coreIncludes();
    REQUIRE(includes.size() > 100); // the tree was found and read
    const Findings f = analyse(includes);
    INFO("folders without a floor (give them one in DESIGN.md and here): "
         << f.unknownFolders.join(QStringLiteral(", ")).toStdString());
    CHECK(f.unknownFolders.isEmpty());
    INFO("includes that climb a floor (move the code to its floor, DESIGN.md): "
         << f.upward.join(QStringLiteral(", ")).toStdString());
    CHECK(f.upward.isEmpty());
    INFO("folders in a circle: " << f.circle.join(QStringLiteral(" -> ")).toStdString());
    CHECK(f.circle.isEmpty());
}

TEST_CASE("The floor guard catches an include that climbs and a circle on one floor",
          "[architecture]")
{
    auto includes = coreIncludes();
    REQUIRE(analyse(includes).upward.isEmpty());

    // storage (floor 0) reaching up to the workbook (floor 5), as the migrations once did.
    auto climbing = includes;
    climbing.push_back({QStringLiteral("storage/Database.cpp"), QStringLiteral("storage"),
                        QStringLiteral("workbook")});
    const Findings up = analyse(climbing);
    CHECK(up.upward == QStringList{QStringLiteral("storage/Database.cpp -> workbook")});
    CHECK_FALSE(up.circle.isEmpty()); // workbook uses storage: the climb closes a circle too

    // Two folders of floor 3 using each other, as surveys and inspections once did.
    auto sideways = includes;
    sideways.push_back({QStringLiteral("survey/Survey.h"), QStringLiteral("survey"),
                        QStringLiteral("inspection")});
    sideways.push_back({QStringLiteral("inspection/Inspection.cpp"), QStringLiteral("inspection"),
                        QStringLiteral("survey")});
    const Findings side = analyse(sideways);
    CHECK(side.upward.isEmpty());
    CHECK(side.circle.contains(QStringLiteral("survey")));
    CHECK(side.circle.contains(QStringLiteral("inspection")));

    // A new folder must be given its floor first.
    auto unknown = includes;
    unknown.push_back(
        {QStringLiteral("cases/Case.cpp"), QStringLiteral("cases"), QStringLiteral("storage")});
    CHECK(analyse(unknown).unknownFolders == QStringList{QStringLiteral("cases/Case.cpp")});
}
