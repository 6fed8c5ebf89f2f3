// SPDX-License-Identifier: GPL-3.0-or-later
#include "Survey.h"

namespace servicelens::survey {

QString SurveyNames::code(QuestionType type)
{
    switch (type) {
    case QuestionType::Likert5:
        return QStringLiteral("likert5");
    case QuestionType::Csat5:
        return QStringLiteral("csat5");
    case QuestionType::Ces7:
        return QStringLiteral("ces7");
    case QuestionType::Nps:
        return QStringLiteral("nps");
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString SurveyNames::label(QuestionType type)
{
    switch (type) {
    case QuestionType::Likert5:
        return tr("Scale 1–5");
    case QuestionType::Csat5:
        return tr("Satisfaction 1–5");
    case QuestionType::Ces7:
        return tr("Effort 1–7");
    case QuestionType::Nps:
        return tr("Recommend 0–10");
    case QuestionType::Single:
        return tr("Single choice");
    case QuestionType::Text:
        return tr("Text");
    }
    return {};
}

std::optional<QuestionType> SurveyNames::questionType(const QString &text)
{
    for (QuestionType t : allQuestionTypes)
        if (text.trimmed().compare(code(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

const std::vector<QString> &SurveyNames::dimensions()
{
    static const std::vector<QString> codes = {
        QStringLiteral("response_speed"),  QStringLiteral("professionalism"),
        QStringLiteral("resolution"),      QStringLiteral("communication"),
        QStringLiteral("attitude"),        QStringLiteral("transparency"),
        QStringLiteral("brand_impression")};
    return codes;
}

QString SurveyNames::dimensionLabel(const QString &code)
{
    if (code == QLatin1String("response_speed"))
        return tr("Response speed");
    if (code == QLatin1String("professionalism"))
        return tr("Professionalism");
    if (code == QLatin1String("resolution"))
        return tr("Resolution");
    if (code == QLatin1String("communication"))
        return tr("Communication");
    if (code == QLatin1String("attitude"))
        return tr("Attitude");
    if (code == QLatin1String("transparency"))
        return tr("Transparency");
    if (code == QLatin1String("brand_impression"))
        return tr("Brand impression");
    if (code == QLatin1String("overall"))
        return tr("Overall");
    if (code == QLatin1String("suggestions"))
        return tr("Suggestions");
    return code;
}

std::optional<std::pair<int, int>> Question::range() const
{
    switch (type) {
    case QuestionType::Likert5:
    case QuestionType::Csat5:
        return std::pair{1, 5};
    case QuestionType::Ces7:
        return std::pair{1, 7};
    case QuestionType::Nps:
        return std::pair{0, 10};
    case QuestionType::Single:
        return std::pair{0, static_cast<int>(options.size()) - 1};
    case QuestionType::Text:
        break;
    }
    return std::nullopt;
}

const Question *Survey::question(const QString &c) const
{
    for (const Question &q : questions)
        if (q.code == c)
            return &q;
    return nullptr;
}

const Question *Survey::questionById(qint64 id) const
{
    for (const Question &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

const Question *Survey::overall() const
{
    for (const Question &q : questions)
        if (q.type == QuestionType::Csat5)
            return &q;
    return nullptr;
}

const Question *Survey::nps() const
{
    for (const Question &q : questions)
        if (q.type == QuestionType::Nps)
            return &q;
    return nullptr;
}

bool Survey::sameContent(const Survey &o) const
{
    if (code != o.code || !(name == o.name) || !(intro == o.intro) ||
        questions.size() != o.questions.size())
        return false;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question &a = questions[i];
        const Question &b = o.questions[i];
        if (a.code != b.code || a.type != b.type || a.dimension != b.dimension ||
            !(a.text == b.text) || a.options != b.options || a.optionsZh != b.optionsZh)
            return false;
    }
    return true;
}

} // namespace servicelens::survey
