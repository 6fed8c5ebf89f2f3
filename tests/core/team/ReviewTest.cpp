// SPDX-License-Identifier: GPL-3.0-or-later
// 360-degree reviews (issue 23): one-time codes per person and group, answers kept with the
// person and group only, the three-answer rule, group means and gaps by hand, a missing group —
// and, once the cycle is closed, nothing in the file or its audit trail that ties an answer to
// a rater or a code.
#include "ReviewFixture.h"
#include "TestSupport.h"
#include "XlsxPackage.h"

#include "org/Staff.h"
#include "storage/SqlQuery.h"
#include "survey/SurveyRepository.h"
#include "team/ReviewCycles.h"
#include "team/ReviewResults.h"
#include "team/ReviewTraining.h"
#include "workbook/Importers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace servicelens;
using namespace servicelens::team;
using namespace servicelens::test;

TEST_CASE("360-degree results: group means and gaps by hand, the three-answer rule, a missing "
          "group, and codes used once",
          "[team][review]")
{
    ReviewFixture f;
    ReviewCycles cycles(f.db);
    std::vector<RaterAssignment> raters{{f.wang, f.wang, RaterGroup::Self},
                                        {f.wang, f.manager, RaterGroup::Manager}};
    for (qint64 p : f.peers)
        raters.push_back({f.wang, p, RaterGroup::Peer});
    for (qint64 o : f.others)
        raters.push_back({f.wang, o, RaterGroup::Other});
    REQUIRE(cycles.setRaters(f.cycle.id, raters).ok());
    CHECK_FALSE(cycles.setRaters(f.cycle.id, {{f.wang, f.manager, RaterGroup::Self}}).ok());
    auto codes = cycles.issueCodes(f.cycle.id);
    REQUIRE(codes.ok());
    REQUIRE(codes->size() == 8);
    CHECK_FALSE(cycles.issueCodes(f.cycle.id).ok()); // shown once
    CHECK_FALSE(cycles.setRaters(f.cycle.id, raters).ok());

    // Self 4 4 4 4 4; manager 3 3 3 3 3; peers 2,3,4 on skill (mean 3) and 5,5,5 on attitude;
    // the fourth peer never answers; other departments: one answer of two (hidden).
    REQUIRE(cycles
                .submit(f.branch, codesOf(*codes, RaterGroup::Self)[0],
                        f.form({4, 4, 4, 4, 4}, "认真负责"))
                .ok());
    REQUIRE(
        cycles.submit(f.branch, codesOf(*codes, RaterGroup::Manager)[0], f.form({3, 3, 3, 3, 3}))
            .ok());
    const auto peerCodes = codesOf(*codes, RaterGroup::Peer);
    REQUIRE(peerCodes.size() == 4);
    REQUIRE(
        cycles.submit(f.branch, peerCodes[0], f.form({2, 5, 3, 3, 3}, "乐于助人", "多分享")).ok());
    REQUIRE(cycles.submit(f.branch, peerCodes[1], f.form({3, 5, 3, 3, 3}, "技术好")).ok());
    REQUIRE(cycles.submit(f.branch, peerCodes[2].toLower(), f.form({4, 5, 3, 3, 3})).ok());
    REQUIRE(cycles.submit(f.branch, codesOf(*codes, RaterGroup::Other)[0], f.form({1, 1, 1, 1, 1}))
                .ok());
    // A code opens one form: used, or never issued, it opens nothing, with the same words.
    auto reused = cycles.openForm(f.branch, peerCodes[0]);
    auto never = cycles.openForm(f.branch, QStringLiteral("ABCDE-FGHJK"));
    REQUIRE_FALSE(reused.ok());
    REQUIRE_FALSE(never.ok());
    CHECK(reused.error().message == never.error().message);
    CHECK_FALSE(cycles.submit(f.branch, peerCodes[0], f.form({5, 5, 5, 5, 5})).ok());

    auto results = ReviewResults::compute(f.db, f.cycle.id);
    REQUIRE(results.ok());
    REQUIRE(results->size() == 1);
    const PersonResult &r = results->front();
    CHECK(r.code == QStringLiteral("T01"));
    std::vector<RaterGroup> shown;
    for (const GroupResult &g : r.groups)
        shown.push_back(g.group);
    // Self and manager always; three peers; other departments hidden with one answer; no
    // customers (no callback survey in the cycle's days).
    CHECK(shown ==
          std::vector<RaterGroup>{RaterGroup::Self, RaterGroup::Manager, RaterGroup::Peer});
    CHECK(r.hidden == std::vector<RaterGroup>{RaterGroup::Other});
    const GroupResult &peer = r.groups[2];
    CHECK(peer.n == 3);
    CHECK(*peer.mean(QStringLiteral("skill")) == Approx(3.0));
    CHECK(*peer.mean(QStringLiteral("attitude")) == Approx(5.0));
    // Others: manager and peers pooled by answer (the hidden group left out, or it would show):
    // skill (3 + 2 + 3 + 4) / 4 = 3, less self 4 = −1; attitude (3 + 15) / 4 = 4.5 → +0.5.
    std::map<QString, double> gaps(r.gaps.begin(), r.gaps.end());
    CHECK(gaps.at(QStringLiteral("skill")) == Approx(-1.0));
    CHECK(gaps.at(QStringLiteral("attitude")) == Approx(0.5));
    CHECK(gaps.at(QStringLiteral("teamwork")) == Approx(-1.0));
    // Words in no order of their writers: sorted; the hidden group's left out with its ratings.
    CHECK(r.comments.at(QStringLiteral("t_keep")) == QStringList{QStringLiteral("乐于助人"),
                                                                 QStringLiteral("技术好"),
                                                                 QStringLiteral("认真负责")});

    // The JSON leaves the hidden group out, keys in the documented order.
    const QString json = ReviewResults::toJson(f.cycle.code, *results).toString(-1);
    CHECK(json.startsWith(QStringLiteral(
        R"({"cycle":"2026H1","people":[{"code":"T01","groups":[{"group":"self","n":1,"competencies":{"skill":4,)")));
    CHECK_FALSE(json.contains(QStringLiteral("\"other\"")));
    const QJsonObject doc = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject first = doc.value(QStringLiteral("people")).toArray().at(0).toObject();
    CHECK(
        first.value(QStringLiteral("gaps")).toObject().value(QStringLiteral("skill")).toDouble() ==
        Approx(-1.0));

    // Closed: the codes counted and gone; no more answers.
    REQUIRE(cycles.close(f.cycle.id).ok());
    SqlQuery tally(f.db, QStringLiteral("SELECT rater_group, asked, answered FROM review_tally "
                                        "ORDER BY rater_group"));
    auto rows = tally.all<QString>([](const SqlQuery &q) {
        return QStringLiteral("%1 %2/%3")
            .arg(q.value(0).toString())
            .arg(q.value(2).toInt())
            .arg(q.value(1).toInt());
    });
    REQUIRE(rows.ok());
    CHECK(*rows == std::vector<QString>{QStringLiteral("manager 1/1"), QStringLiteral("other 1/2"),
                                        QStringLiteral("peer 3/4"), QStringLiteral("self 1/1")});
    CHECK_FALSE(cycles.submit(f.branch, peerCodes[3], f.form({5, 5, 5, 5, 5})).ok());
}

TEST_CASE("After a cycle, no table, audit record or page of the file ties an answer to a rater "
          "or a code",
          "[team][review][anonymity]")
{
    ReviewFixture f;
    ReviewCycles cycles(f.db);
    const auto codes = f.peerCodes();
    QStringList hashes;
    for (const IssuedCode &c : *codes) {
        hashes << ReviewCycles::hashOf(c.code);
        REQUIRE(cycles.submit(f.branch, c.code, f.form({3, 4, 5, 4, 3}, "细心")).ok());
    }
    REQUIRE(cycles.close(f.cycle.id).ok());

    // The only table naming raters is the list of who was asked; nothing refers to it, and the
    // answers' tables hold no staff but the person reviewed, no code and no time.
    SqlQuery references(
        f.db, QStringLiteral("SELECT m.name, f.\"table\", f.\"from\" FROM sqlite_schema m, "
                             "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND "
                             "(f.\"table\" = 'review_rater' OR f.\"table\" = 'review_code' OR "
                             "m.name LIKE 'review_%')"));
    auto links = references.all<QString>([](const SqlQuery &q) {
        return QStringLiteral("%1.%3→%2")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    });
    REQUIRE(links.ok());
    for (const QString &link : *links) {
        INFO(link.toStdString());
        CHECK_FALSE(link.contains(QStringLiteral("→review_rater")));
        CHECK_FALSE(link.contains(QStringLiteral("→review_code")));
        if (link.startsWith(QStringLiteral("review_response.")) ||
            link.startsWith(QStringLiteral("review_answer.")))
            CHECK_FALSE(link.contains(QStringLiteral("rater")));
    }
    SqlQuery columns(f.db, QStringLiteral("SELECT name FROM pragma_table_info('review_response') "
                                          "UNION ALL SELECT name FROM "
                                          "pragma_table_info('review_answer')"));
    auto names = columns.all<QString>([](const SqlQuery &q) { return q.value(0).toString(); });
    REQUIRE(names.ok());
    for (const QString &n : *names) {
        CHECK_FALSE(n.contains(QStringLiteral("rater_id")));
        CHECK_FALSE(n.contains(QStringLiteral("code")));
        CHECK_FALSE(n.endsWith(QStringLiteral("_at")));
    }
    // The audit trail: the answers' records name the person and group, never a rater or code.
    SqlQuery audit(f.db, QStringLiteral("SELECT coalesce(before_json, '') || coalesce(after_json, "
                                        "'') FROM audit_log WHERE entity LIKE 'review%'"));
    auto records = audit.all<QString>([](const SqlQuery &q) { return q.value(0).toString(); });
    REQUIRE(records.ok());
    REQUIRE(records->size() >= 4);
    for (const QString &record : *records) {
        for (qint64 p : f.peers)
            CHECK_FALSE(record.contains(QStringLiteral("\"rater_id\":%1").arg(p)));
        for (const QString &h : hashes)
            CHECK_FALSE(record.contains(h));
    }
    // No page of the file, nor its log, keeps a code's hash.
    REQUIRE(f.db.execScript("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    QByteArray bytes = fileBytes(f.db.location());
    if (QFileInfo::exists(f.db.location() + QStringLiteral("-wal")))
        bytes += fileBytes(f.db.location() + QStringLiteral("-wal"));
    for (const QString &h : hashes) {
        INFO(h.toStdString());
        CHECK_FALSE(bytes.contains(h.toLatin1()));
    }
    for (const IssuedCode &c : *codes)
        CHECK_FALSE(bytes.contains(c.code.toLatin1()));
}

TEST_CASE("Filled review forms import whole or not at all, each problem named by line and column",
          "[team][review][import]")
{
    ReviewFixture f;
    ReviewCycles cycles(f.db);
    const auto codes = f.peerCodes();
    const QString a = (*codes)[0].code;
    const QString b = (*codes)[1].code;
    const QString file = f.dir.file(QStringLiteral("纸质问卷.csv"));
    // Line 3: a rating of 6; line 4: a code never issued; line 5: line 2's code again; line 6:
    // no answer at all.
    writeFile(file,
              (QStringLiteral("评估码,专业技能,服务态度,沟通协作,规范执行,学习成长,继续保持,"
                              "改进建议\n") +
               a + QStringLiteral(",4,4,3,3,4,动手能力强,\n") + b +
               QStringLiteral(",4,6,3,3,4,,\n") + QStringLiteral("ZZZZZ-ZZZZZ,3,3,3,3,3,,\n") +
               a.toLower() + QStringLiteral(",5,5,5,5,5,,\n") + (*codes)[2].code +
               QStringLiteral(",,,,,,,\n"))
                  .toUtf8());
    auto refused = Importers::run(ImportKind::Reviews, f.db, file, {});
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->committed);
    std::vector<QString> where;
    for (const io::ImportIssue &i : refused->issues)
        where.push_back(QStringLiteral("%1 %2").arg(i.line).arg(i.column));
    CHECK(where == std::vector<QString>{QStringLiteral("3 服务态度"), QStringLiteral("4 评估码"),
                                        QStringLiteral("5 评估码"), QStringLiteral("6 ")});
    SqlQuery none(f.db, QStringLiteral("SELECT count(*) FROM review_response"));
    CHECK(none.scalar()->toInt() == 0);
    CHECK(cycles.openForm(f.branch, a).ok()); // nothing used up

    writeFile(file,
              (QStringLiteral("code,skill,attitude,teamwork,compliance,growth,keep,change\n") + a +
               QStringLiteral(",4,4,3,3,4,动手能力强,\n") + b +
               QStringLiteral(",4,5,3,3,4,,多总结\n"))
                  .toUtf8());
    auto taken = Importers::run(ImportKind::Reviews, f.db, file, {});
    REQUIRE(taken.ok());
    CHECK(taken->committed);
    CHECK(taken->inserted == 2);
    SqlQuery two(f.db, QStringLiteral("SELECT count(*) FROM review_response"));
    CHECK(two.scalar()->toInt() == 2);
    CHECK_FALSE(cycles.openForm(f.branch, a).ok()); // used up
}

TEST_CASE("Filled review forms typed into an Excel workbook import as from CSV, problems named "
          "by row and column",
          "[team][review][import][xlsx]")
{
    ReviewFixture f;
    const auto codes = f.peerCodes();
    const QStringList header = QStringLiteral("评估码,专业技能,服务态度,沟通协作,规范执行,学习成长,"
                                              "继续保持,改进建议")
                                   .split(QLatin1Char(','));
    const QString file = f.dir.file(QStringLiteral("纸质问卷.xlsx"));
    // Row 4 (after a blank row 3): a rating of 0.
    REQUIRE(XlsxPackage::write(
        file, XlsxPackage::workbook(
                  XlsxPackage::row(1, header) +
                  XlsxPackage::row(2, {(*codes)[0].code, "4", "4", "3", "3", "4", "动手能力强"}) +
                  XlsxPackage::row(4, {(*codes)[1].code, "4", "5", "0", "3", "4"}))));
    auto refused = Importers::run(ImportKind::Reviews, f.db, file, {});
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->committed);
    REQUIRE(refused->issues.size() == 1);
    CHECK(refused->issues[0].line == 4);
    CHECK(refused->issues[0].column == QStringLiteral("沟通协作"));

    REQUIRE(QFile::remove(file));
    REQUIRE(XlsxPackage::write(
        file, XlsxPackage::workbook(
                  XlsxPackage::row(1, header) +
                  XlsxPackage::row(2, {(*codes)[0].code, "4", "4", "3", "3", "4", "动手能力强"}) +
                  XlsxPackage::row(4, {(*codes)[1].code, "4", "5", "2", "3", "4", "", "多总结"}))));
    auto taken = Importers::run(ImportKind::Reviews, f.db, file, {});
    REQUIRE(taken.ok());
    CHECK(taken->committed);
    CHECK(taken->inserted == 2);
    SqlQuery words(f.db, QStringLiteral("SELECT count(*) FROM review_answer WHERE text IN "
                                        "('动手能力强', '多总结')"));
    CHECK(words.scalar()->toInt() == 2);
}

TEST_CASE("A competency the others rate below the threshold proposes the courses that build it, "
          "not those already attended",
          "[team][review][training]")
{
    ReviewFixture f;
    TrainingRepository training(f.db);
    Course standards{
        0, {}, QStringLiteral("SOP-01"), QStringLiteral("服务规范"), SkillArea::ServiceStandards,
        0};
    Course safety{0, {}, QStringLiteral("SAFE-01"), QStringLiteral("安全用电"), SkillArea::Safety,
                  0};
    Course diagnosis{
        0, {}, QStringLiteral("DIAG-01"), QStringLiteral("故障诊断"), SkillArea::FaultDiagnosis, 0};
    for (Course *c : {&standards, &safety, &diagnosis})
        REQUIRE(training.saveCourse(*c).ok());
    // 王建国 attended the safety course already.
    Session session;
    session.courseId = safety.id;
    session.branchId = f.branch;
    session.day = QDate(2026, 3, 10);
    session.attendance.push_back({f.wang, {}, {}, std::nullopt, std::nullopt});
    REQUIRE(training.saveSession(session).ok());

    ReviewCycles cycles(f.db);
    std::vector<RaterAssignment> raters{{f.wang, f.wang, RaterGroup::Self}};
    for (qint64 p : f.peers)
        raters.push_back({f.wang, p, RaterGroup::Peer});
    REQUIRE(cycles.setRaters(f.cycle.id, raters).ok());
    auto codes = cycles.issueCodes(f.cycle.id);
    REQUIRE(codes.ok());
    // Peers: compliance 2, 2, 3 (mean 2.33, below 3); skill 3, 3, 3 (at the threshold: none).
    // Self rates compliance 5: self-ratings alone propose nothing, and here they do not rescue.
    int peer = 0;
    for (const IssuedCode &c : *codes) {
        if (c.group == RaterGroup::Self)
            REQUIRE(cycles.submit(f.branch, c.code, f.form({3, 3, 3, 5, 3})).ok());
        else if (peer < 3)
            REQUIRE(cycles.submit(f.branch, c.code, f.form({3, 4, 4, peer++ < 2 ? 2 : 3, 4})).ok());
    }
    auto proposals = ReviewTraining::propose(f.db, f.cycle.id);
    REQUIRE(proposals.ok());
    REQUIRE(proposals->size() == 1); // standards; safety attended; diagnosis builds skill (3.0)
    CHECK(proposals->front().competency == QStringLiteral("compliance"));
    CHECK(proposals->front().course.code == QStringLiteral("SOP-01"));
    CHECK(proposals->front().othersMean == Approx(7.0 / 3));
}
