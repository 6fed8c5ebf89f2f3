// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewImporter.h"

#include "org/Branch.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace servicelens::team {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column {
    CodeCol,
    SkillCol,
    AttitudeCol,
    TeamworkCol,
    ComplianceCol,
    GrowthCol,
    KeepCol,
    ChangeCol
};

// The questionnaire's dimension each column answers (the shipped review-360's).
const char *const dimensions[] = {nullptr,      "skill",  "attitude", "teamwork",
                                  "compliance", "growth", "keep",     "change"};

} // namespace

const io::ImportShape &ReviewImporter::shape()
{
    static const io::ImportShape shape{
        {{"code", "评估码", false, "代码|Code|Review Code"},
         {"skill", "专业技能", false, "Professional skill"},
         {"attitude", "服务态度", false, "Service attitude"},
         {"teamwork", "沟通协作", false, "Communication and collaboration|Collaboration"},
         {"compliance", "规范执行", false, "Following the standards|Standards"},
         {"growth", "学习成长", false, "Learning and growth|Learning"},
         {"keep", "继续保持", true, "应继续保持|Keep doing"},
         {"change", "改进建议", true, "可改进|Even better|Improve"}},
        {CodeCol},
        {QStringLiteral("review_response"), QStringLiteral("review_answer")}};
    return shape;
}

ReviewImporter::ReviewImporter(Database &db)
    : m_db(db)
    , m_cycles(db)
{}

Status ReviewImporter::prepare(const CsvImport &frame)
{
    BranchRepository branches(m_db);
    const QString code = frame.options().branchCode;
    if (!code.isEmpty()) {
        auto found = branches.findByCode(code);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorKind::InvalidInput,
                             tr("The workbook has no branch %1.").arg(code));
        m_branchId = (*found)->id;
        return {};
    }
    auto list = branches.list();
    if (!list)
        return list.error();
    if (list->empty())
        return makeError(ErrorKind::Database, tr("The workbook has no branch."));
    m_branchId = list->front().id;
    return {};
}

Result<Outcome> ReviewImporter::row(CsvImport::Row &row)
{
    const QString code = row.cell(CodeCol);
    std::optional<ReviewForm> form;
    if (code.isEmpty()) {
        row.issue(CodeCol, code, tr("the form's code is required"));
    } else if (m_seen.contains(ReviewCycles::hashOf(code))) {
        row.issue(CodeCol, code, tr("this code appears earlier in the file: a code is one form"));
    } else {
        m_seen.insert(ReviewCycles::hashOf(code));
        auto opened = m_cycles.openForm(m_branchId, code);
        if (opened)
            form = *opened;
        else
            row.issue(CodeCol, code, opened.error().message);
    }
    // The questions of the form's questionnaire, by dimension.
    std::map<QString, std::pair<qint64, bool>> questions; // dimension -> (id, rated)
    if (form) {
        SqlQuery q(m_db, QStringLiteral("SELECT q.dimension, q.id, q.type FROM survey_question q "
                                        "JOIN review_cycle c ON c.survey_id = q.survey_id WHERE "
                                        "c.id = :cycle"));
        q.bind(QStringLiteral(":cycle"), form->cycleId);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next())
            questions[q.value(0).toString()] = {q.value(1).toLongLong(),
                                                q.value(2).toString() != QLatin1String("text")};
    }
    std::vector<ReviewAnswer> answers;
    for (int c = SkillCol; c <= ChangeCol; ++c) {
        const QString v = row.cell(c);
        if (v.isEmpty())
            continue;
        const auto it = questions.find(QString::fromLatin1(dimensions[c]));
        if (form && it == questions.end()) {
            row.issue(c, v, tr("the cycle's questionnaire has no such question"));
            continue;
        }
        const bool rated = c <= GrowthCol;
        if (rated) {
            bool ok = false;
            const int rating = v.toInt(&ok);
            if (!ok || rating < 1 || rating > 5) {
                row.issue(c, v, tr("expected a whole number from 1 to 5"));
                continue;
            }
            if (form)
                answers.push_back({it->second.first, rating, {}});
        } else if (form) {
            answers.push_back({it->second.first, std::nullopt, v});
        }
    }
    if (row.ok() && answers.empty())
        row.issue(-1, QString(), tr("the form has no answer"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame
    if (auto s = m_cycles.submit(m_branchId, code, answers); !s)
        return s.error();
    return Outcome::Inserted;
}

} // namespace servicelens::team
