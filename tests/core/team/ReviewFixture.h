// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A branch with a review cycle (2026H1) and the people of the 360-degree review tests:
// 王建国 reviewed, his manager, four peers of his role and two colleagues of another.
#include "TestSupport.h"

#include "org/Staff.h"
#include "survey/SurveyRepository.h"
#include "team/ReviewCycles.h"

#include <array>
#include <map>

namespace servicelens::test {

inline qint64 person(Database &db, const char *code, const char *name, org::Role role)
{
    org::StaffMember m;
    m.code = QString::fromLatin1(code);
    m.name = QString::fromUtf8(name);
    m.role = role;
    REQUIRE(org::StaffRepository(db).create(m).ok());
    return m.id;
}

struct ReviewFixture : TempWorkbook {
    ReviewFixture()
        : TempWorkbook(QStringLiteral("三百六十度.servicelens"))
    {
        branch = wb->defaultBranch()->id;
        auto survey = survey::SurveyRepository(db).latest(survey::SurveyRepository::reviewCode());
        REQUIRE(survey.ok());
        REQUIRE(survey->has_value());
        questionnaire = **survey;
        for (const survey::Question &q : questionnaire.questions)
            questions[q.code] = q.id;
        wang = person(db, "T01", "王建国", org::Role::TechnicalSupport);
        manager = person(db, "M01", "周敏", org::Role::Manager);
        for (const char *c : {"T02", "T03", "T04", "T05"})
            peers.push_back(person(db, c, "同事", org::Role::TechnicalSupport));
        for (const char *c : {"C01", "C02"})
            others.push_back(person(db, c, "客服", org::Role::CustomerService));
        cycle.branchId = branch;
        cycle.code = QStringLiteral("2026H1");
        cycle.name = QStringLiteral("2026 上半年");
        cycle.surveyId = questionnaire.id;
        cycle.opensOn = QDate(2026, 6, 1);
        cycle.closesOn = QDate(2026, 6, 30);
        REQUIRE(team::ReviewCycles(db).create(cycle).ok());
    }

    // Five ratings in the questionnaire's order (skill, attitude, teamwork, compliance,
    // growth) and the two open answers.
    std::vector<team::ReviewAnswer> form(std::array<int, 5> ratings, const char *keep = "",
                                         const char *change = "")
    {
        std::vector<team::ReviewAnswer> a;
        const char *codes[] = {"c_skill", "c_attitude", "c_teamwork", "c_compliance", "c_growth"};
        for (int i = 0; i < 5; ++i)
            a.push_back({questions.at(QString::fromLatin1(codes[i])), ratings[std::size_t(i)], {}});
        a.push_back(
            {questions.at(QStringLiteral("t_keep")), std::nullopt, QString::fromUtf8(keep)});
        a.push_back(
            {questions.at(QStringLiteral("t_change")), std::nullopt, QString::fromUtf8(change)});
        return a;
    }

    // 王建国's four peers named, and their codes issued.
    std::optional<std::vector<team::IssuedCode>> peerCodes()
    {
        std::vector<team::RaterAssignment> raters;
        for (qint64 p : peers)
            raters.push_back({wang, p, team::RaterGroup::Peer});
        REQUIRE(team::ReviewCycles(db).setRaters(cycle.id, raters).ok());
        auto codes = team::ReviewCycles(db).issueCodes(cycle.id);
        REQUIRE(codes.ok());
        return *codes;
    }

    qint64 branch = 0;
    survey::Survey questionnaire;
    std::map<QString, qint64> questions;
    qint64 wang = 0;
    qint64 manager = 0;
    std::vector<qint64> peers;
    std::vector<qint64> others;
    team::ReviewCycle cycle;
};

inline std::vector<QString> codesOf(const std::vector<team::IssuedCode> &codes,
                                    team::RaterGroup group)
{
    std::vector<QString> out;
    for (const team::IssuedCode &c : codes)
        if (c.group == group)
            out.push_back(c.code);
    return out;
}

} // namespace servicelens::test
