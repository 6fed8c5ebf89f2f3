// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens survey themes: the phrases of a period's comments, with how many detractors say
// them, as FORMATS.md writes them; a read command that never changes the file.
#include "ServicelensProcess.h"
#include "TestSupport.h"

#include <QFile>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("survey themes prints the comments' phrases with their detractor share", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("回访 分析.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    // Twelve answered callbacks of October: four detractors on opaque charges, the rest praise;
    // one comment in November, outside the months asked for.
    const QString csv = dir.file(QStringLiteral("回访.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QString text =
            QStringLiteral("回访编号,发送时间,回复时间,回访渠道,q_overall,q_nps,q_suggest\n");
        const char *comments[] = {"收费不透明，师傅迟到",
                                  "上门费太贵，收费不透明",
                                  "收费不透明",
                                  "收费不透明！电话打不通",
                                  "师傅很专业",
                                  "师傅很专业，讲解清楚",
                                  "上门很准时",
                                  "师傅很专业",
                                  "维修很及时",
                                  "师傅很专业，满意",
                                  "讲解清楚",
                                  "满意"};
        for (int i = 0; i < 12; ++i)
            text += QStringLiteral("H%1,2026-10-%2 10:00,2026-10-%2 10:30,电话,%3,%4,%5\n")
                        .arg(i + 1)
                        .arg(i + 3, 2, 10, QLatin1Char('0'))
                        .arg(i < 4 ? 2 : 5)
                        .arg(i < 4 ? 3 : 10)
                        .arg(QString::fromUtf8(comments[i]));
        text += QStringLiteral("H13,2026-11-03 10:00,2026-11-03 10:30,电话,1,0,收费不透明\n");
        f.write(text.toUtf8());
    }
    const Run imported = runServicelens({QStringLiteral("import"), QStringLiteral("surveys"),
                                         QStringLiteral("--db"), db, QStringLiteral("--in"), csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);

    const QByteArray before = fileHash(db);
    const Run json = runServicelens({QStringLiteral("survey"), QStringLiteral("themes"),
                                     QStringLiteral("--db"), db, QStringLiteral("--from"),
                                     QStringLiteral("2026-10"), QStringLiteral("--to"),
                                     QStringLiteral("2026-10"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.status == 0);
    // Keys in FORMATS.md's order; the phrase found by collocation, said by the four detractors.
    CHECK(json.out.startsWith(QStringLiteral("{\n  \"from\": \"2026-10\",\n  \"to\": "
                                             "\"2026-10\",\n  \"responses\": 12,")));
    CHECK(json.out.contains(QStringLiteral("\"theme\": \"收费不透明\",\n      \"count\": 4,\n      "
                                           "\"share\": 0.3333333333333333,\n      "
                                           "\"detractor_share\": 1,")));
    CHECK((json.out.contains(QStringLiteral("\"theme\": \"师傅很专业\"")) ||
           json.out.contains(QStringLiteral("\"theme\": \"专业\""))));
    CHECK_FALSE(json.out.contains(QStringLiteral("\"theme\": \"费不\"")));
    CHECK(fileHash(db) == before); // read only

    const Run table =
        runServicelens({QStringLiteral("survey"), QStringLiteral("themes"), QStringLiteral("--db"),
                        db, QStringLiteral("--from"), QStringLiteral("2026-10"),
                        QStringLiteral("--to"), QStringLiteral("2026-11")});
    CHECK(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("13 responses, 13 with a comment")));
    CHECK(table.out.contains(QStringLiteral("收费不透明")));

    // Wrong usage names what is wrong.
    CHECK(runServicelens({QStringLiteral("survey"), QStringLiteral("--db"), db}).status == 2);
    const Run backwards =
        runServicelens({QStringLiteral("survey"), QStringLiteral("themes"), QStringLiteral("--db"),
                        db, QStringLiteral("--from"), QStringLiteral("2026-11"),
                        QStringLiteral("--to"), QStringLiteral("2026-10")});
    CHECK(backwards.status == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to comes before --from")));
}
