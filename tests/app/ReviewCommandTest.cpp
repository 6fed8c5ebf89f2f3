// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens review results with the real binary (issue 23, docs/formats.md "review"): the
// documented JSON, the groups under three answers left out, a read command that never changes
// the file, and the usage errors.
#include "ServicelensProcess.h"
#include "TestSupport.h"

#include "org/Staff.h"
#include "survey/SurveyRepository.h"
#include "team/ReviewCycles.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("review results prints the documented JSON, hidden groups left out", "[cli][review]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("评估 网点.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    {
        auto wb = Workbook::open(db);
        REQUIRE(wb.ok());
        Database &d = (*wb)->database();
        const qint64 branch = (*wb)->defaultBranch()->id;
        std::vector<qint64> staff;
        for (const char *code : {"T01", "T02", "T03", "T04", "C01"}) {
            org::StaffMember m;
            m.code = QString::fromLatin1(code);
            m.name = QStringLiteral("员工%1").arg(code);
            REQUIRE(org::StaffRepository(d).create(m).ok());
            staff.push_back(m.id);
        }
        auto survey = survey::SurveyRepository(d).latest(survey::SurveyRepository::reviewCode());
        REQUIRE(survey.ok());
        team::ReviewCycle cycle;
        cycle.branchId = branch;
        cycle.code = QStringLiteral("2026H1");
        cycle.name = QStringLiteral("2026 上半年");
        cycle.surveyId = (*survey)->id;
        cycle.opensOn = QDate(2026, 6, 1);
        cycle.closesOn = QDate(2026, 6, 30);
        team::ReviewCycles cycles(d);
        REQUIRE(cycles.create(cycle).ok());
        // T01 by three peers and one other department (hidden), and by themself.
        REQUIRE(cycles
                    .setRaters(cycle.id, {{staff[0], staff[0], team::RaterGroup::Self},
                                          {staff[0], staff[1], team::RaterGroup::Peer},
                                          {staff[0], staff[2], team::RaterGroup::Peer},
                                          {staff[0], staff[3], team::RaterGroup::Peer},
                                          {staff[0], staff[4], team::RaterGroup::Other}})
                    .ok());
        auto codes = cycles.issueCodes(cycle.id);
        REQUIRE(codes.ok());
        int rating = 2;
        for (const team::IssuedCode &c : *codes) {
            std::vector<team::ReviewAnswer> answers;
            for (const survey::Question &q : (*survey)->questions)
                if (q.type == survey::QuestionType::Likert5)
                    answers.push_back({q.id, c.group == team::RaterGroup::Self ? 3 : rating, {}});
            if (c.group == team::RaterGroup::Peer)
                ++rating; // 2, 3, 4: a mean of 3
            REQUIRE(cycles.submit(branch, c.code, answers).ok());
        }
    }
    const QByteArray before = fileHash(db);
    const Run results = runServicelens({QStringLiteral("review"), QStringLiteral("results"),
                                        QStringLiteral("--db"), db, QStringLiteral("--cycle"),
                                        QStringLiteral("2026H1"), QStringLiteral("--json")});
    INFO(results.err.toStdString());
    REQUIRE(results.status == 0);
    const QJsonObject doc = QJsonDocument::fromJson(results.out.toUtf8()).object();
    CHECK(doc.keys() == QStringList{QStringLiteral("cycle"), QStringLiteral("people")});
    CHECK(doc.value(QStringLiteral("cycle")).toString() == QStringLiteral("2026H1"));
    const QJsonObject t01 = doc.value(QStringLiteral("people")).toArray().at(0).toObject();
    CHECK(t01.value(QStringLiteral("code")).toString() == QStringLiteral("T01"));
    const QJsonArray groups = t01.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 2); // self and peers; the one other-department answer left out
    CHECK(groups.at(1).toObject().value(QStringLiteral("group")).toString() ==
          QStringLiteral("peer"));
    CHECK(groups.at(1).toObject().value(QStringLiteral("n")).toInt() == 3);
    CHECK(groups.at(1)
              .toObject()
              .value(QStringLiteral("competencies"))
              .toObject()
              .value(QStringLiteral("skill"))
              .toDouble() == Approx(3.0));
    // Others (the peers) 3 − self 3 = 0.
    CHECK(t01.value(QStringLiteral("gaps")).toObject().value(QStringLiteral("skill")).toDouble() ==
          Approx(0.0));
    CHECK_FALSE(results.out.contains(QStringLiteral("\"other\"")));
    CHECK(fileHash(db) == before);

    CHECK(
        runServicelens({QStringLiteral("review"), QStringLiteral("results"), QStringLiteral("--db"),
                        db, QStringLiteral("--cycle"), QStringLiteral("1999H9")})
            .status == 2);
    CHECK(runServicelens(
              {QStringLiteral("review"), QStringLiteral("results"), QStringLiteral("--db"), db})
              .status == 2);
    CHECK(runServicelens(
              {QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("--db"), db})
              .status == 2);

    // The individual report: a whole PDF in either language, never over the workbook, the
    // workbook unchanged.
    const auto reportTo = [&](const QString &person, const QString &out, const QString &lang) {
        return runServicelens({QStringLiteral("review"), QStringLiteral("report"),
                               QStringLiteral("--db"), db, QStringLiteral("--cycle"),
                               QStringLiteral("2026H1"), QStringLiteral("--person"), person,
                               QStringLiteral("--out"), out, QStringLiteral("--lang"), lang});
    };
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString pdf = dir.file(QStringLiteral("个人报告 %1.pdf").arg(lang));
        const Run written = reportTo(QStringLiteral("T01"), pdf, lang);
        INFO(written.err.toStdString());
        CHECK(written.status == 0);
        CHECK(fileBytes(pdf).startsWith("%PDF-"));
    }
    CHECK(reportTo(QStringLiteral("T01"), db, QStringLiteral("en")).status == 2);
    CHECK(reportTo(QStringLiteral("X99"), dir.file(QStringLiteral("x.pdf")), QStringLiteral("en"))
              .status == 2);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.pdf"))));
    CHECK(reportTo(QStringLiteral("T01"), dir.file(QStringLiteral("y.pdf")), QStringLiteral("fr"))
              .status == 2);
    CHECK(fileHash(db) == before);
}
