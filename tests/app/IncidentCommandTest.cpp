// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens incident list|report with the real binary (issue 22, docs/formats.md "Incidents"):
// the demo's recall and drill listed in the documented JSON, the situation report as a PDF in
// Chinese, read commands that never change the file, and the usage errors.
#include "ServicelensProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace servicelens;
using namespace servicelens::test;

namespace {

Run incident(const QStringList &arguments)
{
    return runServicelens(QStringList{QStringLiteral("incident")} + arguments);
}

} // namespace

TEST_CASE("incident list prints the documented JSON and incident report writes the situation "
          "report",
          "[cli][incident]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("事件 演示.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--demo"), QStringLiteral("--orders"),
                            QStringLiteral("3000")})
                .status == 0);
    const QByteArray before = fileHash(db);

    const Run list =
        incident({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    INFO(list.err.toStdString());
    REQUIRE(list.status == 0);
    const QJsonObject doc = QJsonDocument::fromJson(list.out.toUtf8()).object();
    CHECK(doc.keys() == QStringList{QStringLiteral("branch"), QStringLiteral("incidents")});
    const QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
    REQUIRE(incidents.size() == 2);
    // The latest opened first: the recall, open, then the drill, closed.
    const QJsonObject recall = incidents.at(0).toObject();
    const QJsonObject drill = incidents.at(1).toObject();
    CHECK(recall.value(QStringLiteral("scenario")).toString() == QStringLiteral("recall"));
    CHECK(recall.value(QStringLiteral("closed_at")).isNull());
    CHECK_FALSE(recall.value(QStringLiteral("drill")).toBool());
    const QJsonObject calls = recall.value(QStringLiteral("calls")).toObject();
    CHECK(calls.value(QStringLiteral("listed")).toInt() > 0);
    CHECK(calls.value(QStringLiteral("listed")).toInt() ==
          calls.value(QStringLiteral("reached")).toInt() +
              calls.value(QStringLiteral("refused")).toInt() +
              calls.value(QStringLiteral("unreachable")).toInt() +
              calls.value(QStringLiteral("pending")).toInt());
    CHECK(drill.value(QStringLiteral("drill")).toBool());
    CHECK(drill.value(QStringLiteral("scenario")).toString() == QStringLiteral("outage"));
    CHECK(drill.value(QStringLiteral("calls")).toObject().value(QStringLiteral("listed")).toInt() ==
          0);
    CHECK_FALSE(drill.value(QStringLiteral("closed_at")).isNull());

    const QString code = recall.value(QStringLiteral("code")).toString();
    const QString pdf = dir.file(QStringLiteral("情况通报.pdf"));
    const Run report = incident({QStringLiteral("report"), QStringLiteral("--db"), db,
                                 QStringLiteral("--incident"), code, QStringLiteral("--out"), pdf,
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    INFO(report.err.toStdString());
    REQUIRE(report.status == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("情况通报")));
    CHECK(text.contains(code));
    CHECK(text.contains(QStringLiteral("客户联系情况")));
    // Read commands never change the workbook.
    CHECK(fileHash(db) == before);

    // Usage: no such incident, no --out, an unknown language, the workbook as the target.
    CHECK(incident({QStringLiteral("report"), QStringLiteral("--db"), db,
                    QStringLiteral("--incident"), QStringLiteral("1999-001"),
                    QStringLiteral("--out"), dir.file(QStringLiteral("x.pdf"))})
              .status == 2);
    CHECK(incident({QStringLiteral("report"), QStringLiteral("--db"), db,
                    QStringLiteral("--incident"), code})
              .status == 2);
    CHECK(incident({QStringLiteral("report"), QStringLiteral("--db"), db,
                    QStringLiteral("--incident"), code, QStringLiteral("--out"), pdf,
                    QStringLiteral("--lang"), QStringLiteral("fr")})
              .status == 2);
    const Run overWorkbook =
        incident({QStringLiteral("report"), QStringLiteral("--db"), db,
                  QStringLiteral("--incident"), code, QStringLiteral("--out"), db});
    CHECK(overWorkbook.status == 2);
    CHECK(fileHash(db) == before);
    CHECK(incident({QStringLiteral("close"), QStringLiteral("--db"), db}).status == 2);
}
