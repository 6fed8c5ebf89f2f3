// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionTemplate.h"

#include <QSet>

#include <cmath>

namespace servicelens::inspection {

QString InspectionNames::code(ItemType type)
{
    switch (type) {
    case ItemType::PassFail:
        return QStringLiteral("pass_fail");
    case ItemType::Rating5:
        return QStringLiteral("rating5");
    case ItemType::Number:
        return QStringLiteral("number");
    case ItemType::Text:
        return QStringLiteral("text");
    case ItemType::Photo:
        return QStringLiteral("photo");
    }
    return {};
}

QString InspectionNames::label(ItemType type)
{
    switch (type) {
    case ItemType::PassFail:
        return tr("Pass / fail");
    case ItemType::Rating5:
        return tr("Rating 1–5");
    case ItemType::Number:
        return tr("Number");
    case ItemType::Text:
        return tr("Text");
    case ItemType::Photo:
        return tr("Photo");
    }
    return {};
}

std::optional<ItemType> InspectionNames::itemType(const QString &text)
{
    for (ItemType t : allItemTypes)
        if (text.trimmed().compare(code(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString InspectionNames::code(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return QStringLiteral("daily");
    case Frequency::Weekly:
        return QStringLiteral("weekly");
    case Frequency::Monthly:
        return QStringLiteral("monthly");
    case Frequency::Quarterly:
        return QStringLiteral("quarterly");
    }
    return {};
}

QString InspectionNames::label(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return tr("Daily");
    case Frequency::Weekly:
        return tr("Weekly");
    case Frequency::Monthly:
        return tr("Monthly");
    case Frequency::Quarterly:
        return tr("Quarterly");
    }
    return {};
}

QString InspectionNames::code(TemplateKind kind)
{
    return kind == TemplateKind::Maintenance ? QStringLiteral("maintenance")
                                             : QStringLiteral("branch");
}

QString InspectionNames::label(TemplateKind kind)
{
    return kind == TemplateKind::Maintenance ? tr("Maintenance checklist")
                                             : tr("Branch inspection");
}

std::optional<TemplateKind> InspectionNames::kind(const QString &text)
{
    for (TemplateKind k : {TemplateKind::Branch, TemplateKind::Maintenance})
        if (text.trimmed().compare(code(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

std::optional<Frequency> InspectionNames::frequency(const QString &text)
{
    for (Frequency f : allFrequencies)
        if (text.trimmed().compare(code(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

bool TemplateItem::sameContent(const TemplateItem &o) const
{
    return code == o.code && type == o.type && text == o.text && guidance == o.guidance &&
           weight == o.weight && critical == o.critical && min == o.min && max == o.max;
}

const TemplateItem *InspectionTemplate::item(const QString &itemCode) const
{
    for (const TemplateSection &s : sections)
        for (const TemplateItem &i : s.items)
            if (i.code == itemCode)
                return &i;
    return nullptr;
}

const TemplateItem *InspectionTemplate::itemById(qint64 itemId) const
{
    for (const TemplateSection &s : sections)
        for (const TemplateItem &i : s.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

const TemplateSection *InspectionTemplate::sectionOf(const QString &itemCode) const
{
    for (const TemplateSection &s : sections)
        for (const TemplateItem &i : s.items)
            if (i.code == itemCode)
                return &s;
    return nullptr;
}

int InspectionTemplate::itemCount() const
{
    int n = 0;
    for (const TemplateSection &s : sections)
        n += static_cast<int>(s.items.size());
    return n;
}

bool InspectionTemplate::sameContent(const InspectionTemplate &o) const
{
    if (code != o.code || !(name == o.name) || frequency != o.frequency ||
        passScore != o.passScore || kind != o.kind || sections.size() != o.sections.size())
        return false;
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const TemplateSection &a = sections[s];
        const TemplateSection &b = o.sections[s];
        if (!(a.title == b.title) || a.items.size() != b.items.size())
            return false;
        for (std::size_t i = 0; i < a.items.size(); ++i)
            if (!a.items[i].sameContent(b.items[i]))
                return false;
    }
    return true;
}

Status TemplateValidator::validate(const InspectionTemplate &t)
{
    auto fail = [](const QString &where, const QString &what) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(where, what));
    };
    if (t.code.trimmed().isEmpty())
        return fail(QStringLiteral("code"), tr("a template needs a code"));
    if (t.name.en.trimmed().isEmpty() && t.name.zh.trimmed().isEmpty())
        return fail(QStringLiteral("name"), tr("a template needs a name"));
    if (!std::isfinite(t.passScore) || t.passScore < 0 || t.passScore > 100)
        return fail(QStringLiteral("pass_score"), tr("expected a score from 0 to 100"));
    if (t.sections.empty())
        return fail(QStringLiteral("sections"), tr("a template needs at least one section"));
    QSet<QString> codes;
    for (std::size_t s = 0; s < t.sections.size(); ++s) {
        const TemplateSection &section = t.sections[s];
        const QString where = QStringLiteral("sections[%1]").arg(s + 1);
        if (section.title.en.trimmed().isEmpty() && section.title.zh.trimmed().isEmpty())
            return fail(where + QStringLiteral(".title"), tr("a section needs a title"));
        for (std::size_t i = 0; i < section.items.size(); ++i) {
            const TemplateItem &item = section.items[i];
            const QString at = where + QStringLiteral(".items[%1]").arg(i + 1);
            if (item.code.trimmed().isEmpty())
                return fail(at + QStringLiteral(".code"), tr("an item needs a code"));
            if (codes.contains(item.code))
                return fail(at + QStringLiteral(".code"),
                            tr("the item code “%1” is used twice").arg(item.code));
            codes.insert(item.code);
            if (item.text.en.trimmed().isEmpty() && item.text.zh.trimmed().isEmpty())
                return fail(at + QStringLiteral(".text"), tr("an item needs a question"));
            if (!std::isfinite(item.weight) || item.weight < 0)
                return fail(at + QStringLiteral(".weight"), tr("expected a weight of 0 or more"));
            if (item.min && item.max && *item.min > *item.max)
                return fail(
                    at + QStringLiteral(".min"),
                    tr("the minimum %1 is above the maximum %2").arg(*item.min).arg(*item.max));
            if (item.type == ItemType::Number && !item.min && !item.max)
                return fail(at + QStringLiteral(".min"),
                            tr("a number item needs a minimum, a maximum or both"));
        }
    }
    if (codes.isEmpty())
        return fail(QStringLiteral("sections"), tr("a template needs at least one item"));
    return {};
}

} // namespace servicelens::inspection
