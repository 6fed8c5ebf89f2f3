// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scoring.h"

#include <QHash>

namespace servicelens::inspection {

bool Answer::answers(ItemType type) const
{
    if (na)
        return true;
    switch (type) {
    case ItemType::PassFail:
        return passed.has_value();
    case ItemType::Rating5:
        return rating.has_value();
    case ItemType::Number:
        return number.has_value();
    case ItemType::Text:
        return !text.trimmed().isEmpty();
    case ItemType::Photo:
        return false; // answered by its photos
    }
    return false;
}

bool Answer::operator==(const Answer &o) const
{
    return itemCode == o.itemCode && na == o.na && passed == o.passed && rating == o.rating &&
           number == o.number && text == o.text && note == o.note;
}

std::optional<double> Scoring::fraction(const TemplateItem &item, const Answer *answer)
{
    if (!answer || answer->na || !item.scored())
        return std::nullopt;
    switch (item.type) {
    case ItemType::PassFail:
        if (!answer->passed)
            return std::nullopt;
        return *answer->passed ? 1.0 : 0.0;
    case ItemType::Rating5:
        if (!answer->rating || *answer->rating < 1 || *answer->rating > 5)
            return std::nullopt;
        return (*answer->rating - 1) / 4.0;
    case ItemType::Number: {
        if (!answer->number)
            return std::nullopt;
        const double v = *answer->number;
        const bool inside = (!item.min || *item.min <= v) && (!item.max || v <= *item.max);
        return inside ? 1.0 : 0.0;
    }
    case ItemType::Text:
    case ItemType::Photo:
        break;
    }
    return std::nullopt;
}

ScoreResult Scoring::score(const InspectionTemplate &t, const std::vector<Answer> &answers)
{
    QHash<QString, const Answer *> byCode;
    for (const Answer &a : answers)
        byCode.insert(a.itemCode, &a);
    ScoreResult r;
    double weighted = 0;
    double weights = 0;
    for (const TemplateSection &s : t.sections) {
        for (const TemplateItem &item : s.items) {
            if (!item.scored())
                continue;
            const Answer *a = byCode.value(item.code, nullptr);
            if (!a || !a->answers(item.type))
                ++r.unanswered;
            const auto f = fraction(item, a);
            if (!f)
                continue;
            ++r.scoredItems;
            weighted += item.weight * *f;
            weights += item.weight;
            if (item.critical && *f == 0.0)
                r.failedCritical << item.code;
        }
    }
    if (weights > 0)
        r.score = 100.0 * weighted / weights;
    r.passed = r.score && *r.score >= t.passScore && r.failedCritical.isEmpty();
    return r;
}

std::vector<std::optional<double>> Scoring::sectionScores(const InspectionTemplate &t,
                                                          const std::vector<Answer> &answers)
{
    std::vector<std::optional<double>> scores;
    for (const TemplateSection &s : t.sections) {
        InspectionTemplate one;
        one.passScore = t.passScore;
        one.sections.push_back(s);
        scores.push_back(score(one, answers).score);
    }
    return scores;
}

bool Scoring::isFinding(const TemplateItem &item, const Answer *answer)
{
    const auto f = fraction(item, answer);
    return f && *f < 0.5;
}

} // namespace servicelens::inspection
