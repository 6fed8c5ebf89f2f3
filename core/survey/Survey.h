// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/BilingualText.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace servicelens::survey {

// likert5 and csat5: 1-5; ces7 (customer effort): 1-7; nps: 0-10; single: an option's index
// (0-based); text: free text.
enum class QuestionType { Likert5, Csat5, Ces7, Nps, Single, Text };
inline constexpr std::array<QuestionType, 6> allQuestionTypes = {
    QuestionType::Likert5, QuestionType::Csat5,  QuestionType::Ces7,
    QuestionType::Nps,     QuestionType::Single, QuestionType::Text};

class SurveyNames final {
    Q_DECLARE_TR_FUNCTIONS(SurveyNames)

public:
    static QString code(QuestionType type);
    static QString label(QuestionType type);
    static std::optional<QuestionType> questionType(const QString &code);
    // The seven service dimensions of DOMAIN.md §3 (KPI.md's order) and their labels.
    static const std::vector<QString> &dimensions();
    static QString dimensionLabel(const QString &code);
};

struct Question {
    qint64 id = 0;
    QString code;
    QuestionType type = QuestionType::Likert5;
    QString dimension; // e.g. response_speed; "overall" for the csat5 question; may be empty
    BilingualText text;
    QStringList options; // single choice
    QStringList optionsZh;

    // The accepted range of a scale's value, nullopt for text.
    std::optional<std::pair<int, int>> range() const;
    bool scale() const { return type != QuestionType::Text; }
};

struct Survey {
    qint64 id = 0;
    QString uid;
    QString code;
    int version = 1;
    BilingualText name;
    BilingualText intro; // the callback script's opening words
    std::vector<Question> questions;

    const Question *question(const QString &code) const;
    const Question *questionById(qint64 id) const;
    // The overall satisfaction (first csat5) and NPS questions, when the survey has them.
    const Question *overall() const;
    const Question *nps() const;
    bool sameContent(const Survey &o) const;
};

} // namespace servicelens::survey
