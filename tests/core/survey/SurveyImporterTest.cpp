// SPDX-License-Identifier: GPL-3.0-or-later
// Survey responses from a CSV file, read directly (not through the command line): linked to
// orders by order id, answers checked against their question's scale, a second import changing
// nothing, a re-import with fewer columns keeping the rest.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "storage/SqlQuery.h"
#include "survey/SurveyImporter.h"

#include <QTimeZone>

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::survey;
using namespace servicelens::test;

namespace {

struct ImportFixture : TempWorkbook {
    ImportFixture()
        : TempWorkbook(QStringLiteral("回访导入.servicelens"))
    {
        const Branch branch = *wb->defaultBranch();
        ServiceOrder o;
        o.branchId = branch.id;
        o.orderNo = QStringLiteral("工单-1");
        o.times.received = QDateTime(QDate(2026, 10, 8), QTime(9, 0), QTimeZone("Asia/Shanghai"))
                               .toSecsSinceEpoch();
        REQUIRE(OrderRepository(db).insert(o).ok());
    }

    Result<io::ImportSummary> import(const QByteArray &csv)
    {
        const QString path = dir.file(QStringLiteral("回访.csv"));
        writeFile(path, csv);
        return SurveyImporter::run(db, path, {});
    }

    QString answerOf(const char *response, const char *question)
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT a.value FROM survey_answer a JOIN survey_response r ON "
                                  "r.id = a.response_id JOIN survey_question q ON q.id = "
                                  "a.question_id WHERE r.external_id = :r AND q.code = :q"));
        q.bind(QStringLiteral(":r"), QString::fromUtf8(response))
            .bind(QStringLiteral(":q"), QString::fromUtf8(question));
        auto v = q.scalar();
        REQUIRE(v.ok());
        return v->isNull() ? QStringLiteral("(none)") : v->toString();
    }
};

} // namespace

TEST_CASE("Survey responses import, link to their orders and import again unchanged",
          "[survey][import]")
{
    ImportFixture f;
    const QByteArray csv = "回访编号,工单号,发送时间,回复时间,回访渠道,q_overall,q_nps,q_speed\n"
                           "R1,工单-1,2026-10-10 10:00,2026-10-10 10:05,电话,5,9,4\n"
                           "R2,,2026-10-11 10:00,,,,,\n";
    auto first = f.import(csv);
    REQUIRE(first.ok());
    INFO((first->issues.empty() ? std::string() : first->issues.front().toString().toStdString()));
    CHECK(first->committed);
    CHECK(first->read == 2);
    CHECK(first->inserted == 2);
    CHECK(f.answerOf("R1", "q_overall") == QStringLiteral("5"));
    CHECK(f.answerOf("R1", "q_nps") == QStringLiteral("9"));
    CHECK(f.answerOf("R2", "q_overall") == QStringLiteral("(none)")); // not answered yet
    SqlQuery linked(f.db,
                    QStringLiteral("SELECT count(*) FROM survey_response r JOIN service_order o "
                                   "ON o.id = r.order_id WHERE o.order_no = '工单-1'"));
    CHECK(linked.scalar()->toInt() == 1);

    auto again = f.import(csv);
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == 2);

    // Fewer columns: only what the file has changes.
    auto partial = f.import("response_id,sent_at,q_speed\nR1,2026-10-10 10:00,2\n");
    REQUIRE(partial.ok());
    CHECK(partial->updated == 1);
    CHECK(f.answerOf("R1", "q_speed") == QStringLiteral("2"));
    CHECK(f.answerOf("R1", "q_overall") == QStringLiteral("5"));
}

TEST_CASE("An answer outside its question's scale is refused naming line and column",
          "[survey][import]")
{
    ImportFixture f;
    auto refused = f.import("response_id,sent_at,responded_at,q_overall,q_nps\n"
                            "R1,2026-10-10 10:00,2026-10-10 10:05,4,8\n"
                            "R2,2026-10-10 11:00,2026-10-10 11:05,6,11\n");
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->committed); // strict: nothing imported
    CHECK(refused->rejected == 1);
    REQUIRE(refused->issues.size() == 2);
    CHECK(refused->issues[0].line == 3);
    CHECK(refused->issues[0].column == QStringLiteral("q_overall"));
    CHECK(refused->issues[1].column == QStringLiteral("q_nps"));
    SqlQuery count(f.db, QStringLiteral("SELECT count(*) FROM survey_response"));
    CHECK(count.scalar()->toInt() == 0);
}
