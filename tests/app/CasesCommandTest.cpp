// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens cases import|export|search, as a user runs them: a library shared as JSON between
// two workbooks, searched in Chinese, a bad file refused whole, and the read commands leaving
// the file as it was.
#include "ServicelensProcess.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace servicelens;
using namespace servicelens::test;

namespace {

const char *library = R"({"format": "servicelens-cases", "format_version": 1, "cases": [
 {"title": "室内机漏水：排水管坡度不足", "symptom": "空调开机半小时后室内机滴水",
  "cause": "排水管安装坡度不够", "fix": "调整排水管坡度\n清理接水盘", "fault_code": "AC-02",
  "models": ["KFR-35GW"], "tags": ["漏水", "安装"], "status": "approved"},
 {"title": "热水器接头潮湿", "symptom": "水管漏了一点", "status": "已批准"},
 {"title": "净水器漏水报警", "symptom": "机器报警并停止制水", "status": "draft"}]})";

QJsonArray found(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("cases"))
        .toArray();
}

} // namespace

TEST_CASE("cases import, search and export a library in Chinese", "[cli][cases]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("案例 网点.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QString json = dir.file(QStringLiteral("案例库.json"));
    writeFile(json, QByteArray(library));
    const Run imported = runServicelens({QStringLiteral("cases"), QStringLiteral("import"),
                                         QStringLiteral("--db"), db, QStringLiteral("--in"), json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("3 added")));
    // Again: nothing changes.
    const Run again = runServicelens({QStringLiteral("cases"), QStringLiteral("import"),
                                      QStringLiteral("--db"), db, QStringLiteral("--in"), json});
    CHECK(again.out.contains(QStringLiteral("3 unchanged")));

    // Search only reads: the file is as it was.
    const QByteArray before = fileHash(db);
    const Run leak = runServicelens({QStringLiteral("cases"), QStringLiteral("search"),
                                     QStringLiteral("--db"), db, QStringLiteral("--query"),
                                     QStringLiteral("漏水"), QStringLiteral("--json")});
    INFO(leak.err.toStdString());
    REQUIRE(leak.status == 0);
    const QJsonArray hits = found(leak);
    REQUIRE(hits.size() == 2); // not 热水器接头潮湿 (水管漏了: the characters apart)
    for (const QJsonValue &h : hits) {
        CHECK(h.toObject().value(QStringLiteral("id")).toInteger() > 0);
        CHECK(h.toObject().contains(QStringLiteral("score")));
        CHECK(h.toObject()
                  .value(QStringLiteral("title"))
                  .toString()
                  .contains(QStringLiteral("漏水")));
    }
    const Run table =
        runServicelens({QStringLiteral("cases"), QStringLiteral("search"), QStringLiteral("--db"),
                        db, QStringLiteral("--query"), QStringLiteral("排水管 坡度")});
    CHECK(table.out.contains(QStringLiteral("室内机漏水：排水管坡度不足")));

    // Exported, then imported into another workbook: the same cases, by uid.
    const QString shared = dir.file(QStringLiteral("导出 案例.json"));
    REQUIRE(runServicelens({QStringLiteral("cases"), QStringLiteral("export"),
                            QStringLiteral("--db"), db, QStringLiteral("--out"), shared})
                .status == 0);
    CHECK(fileHash(db) == before);
    const QString other = dir.file(QStringLiteral("总部.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), other}).status == 0);
    REQUIRE(runServicelens({QStringLiteral("cases"), QStringLiteral("import"),
                            QStringLiteral("--db"), other, QStringLiteral("--in"), shared})
                .status == 0);
    const Run there = runServicelens({QStringLiteral("cases"), QStringLiteral("search"),
                                      QStringLiteral("--db"), other, QStringLiteral("--query"),
                                      QStringLiteral("漏水"), QStringLiteral("--json")});
    QStringList uids, sharedUids;
    for (const QJsonValue &h : found(there))
        uids << h.toObject().value(QStringLiteral("uid")).toString();
    for (const QJsonValue &h : hits)
        sharedUids << h.toObject().value(QStringLiteral("uid")).toString();
    uids.sort();
    sharedUids.sort();
    CHECK(uids == sharedUids);

    // An export never replaces a workbook.
    CHECK(runServicelens({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--db"),
                          db, QStringLiteral("--out"), other})
              .status == 2);
}

TEST_CASE("cases import refuses a bad file whole, naming the path", "[cli][cases]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("案例.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QString json = dir.file(QStringLiteral("坏.json"));
    writeFile(json, QByteArray(R"({"format": "servicelens-cases", "format_version": 1, "cases": [
        {"title": "好的案例"}, {"title": "状态错误", "status": "published"}]})"));
    const Run refused = runServicelens({QStringLiteral("cases"), QStringLiteral("import"),
                                        QStringLiteral("--db"), db, QStringLiteral("--in"), json});
    CHECK(refused.status == 3);
    CHECK(refused.err.contains(QStringLiteral("status")));
    CHECK(refused.err.contains(QStringLiteral("cases[")));
    const Run none = runServicelens({QStringLiteral("cases"), QStringLiteral("search"),
                                     QStringLiteral("--db"), db, QStringLiteral("--query"),
                                     QStringLiteral("案例"), QStringLiteral("--json")});
    REQUIRE(none.status == 0);
    CHECK(found(none).isEmpty()); // the good case was not imported either
    CHECK(runServicelens(
              {QStringLiteral("cases"), QStringLiteral("search"), QStringLiteral("--db"), db})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("cases"), QStringLiteral("delete")}).status == 2);
}
