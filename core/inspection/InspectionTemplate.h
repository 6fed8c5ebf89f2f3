// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/BilingualText.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace servicelens::inspection {

enum class ItemType { PassFail, Rating5, Number, Text, Photo };
inline constexpr std::array<ItemType, 5> allItemTypes = {
    ItemType::PassFail, ItemType::Rating5, ItemType::Number, ItemType::Text, ItemType::Photo};

enum class Frequency { Daily, Weekly, Monthly, Quarterly };
inline constexpr std::array<Frequency, 4> allFrequencies = {
    Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly};

// What a template checks: the branch (the operations inspection, its figures and report) or a
// piece of equipment (a maintenance plan's checklist, issue 22: scored and acted on the same way,
// kept out of the branch's inspection figures).
enum class TemplateKind { Branch, Maintenance };

// Codes as stored and written in JSON, and labels for people.
class InspectionNames final {
    Q_DECLARE_TR_FUNCTIONS(InspectionNames)

public:
    static QString code(ItemType type);
    static QString label(ItemType type);
    static std::optional<ItemType> itemType(const QString &code);
    static QString code(Frequency frequency);
    static QString label(Frequency frequency);
    static std::optional<Frequency> frequency(const QString &code);
    static QString code(TemplateKind kind); // "branch", "maintenance"
    static QString label(TemplateKind kind);
    static std::optional<TemplateKind> kind(const QString &code);
};

struct TemplateItem {
    qint64 id = 0; // 0 until stored
    QString code;  // unique in the template; answers and JSON refer to items by it
    ItemType type = ItemType::PassFail;
    BilingualText text;
    BilingualText guidance; // how to check it, shown beside the question
    double weight = 1;
    bool critical = false;     // failing it fails the inspection whatever the score
    std::optional<double> min; // number items: the accepted range
    std::optional<double> max;

    // Whether the item counts in the score (KPI.md: text and photo items do not).
    bool scored() const { return type != ItemType::Text && type != ItemType::Photo; }
    // The same question, ignoring ids.
    bool sameContent(const TemplateItem &o) const;
};

struct TemplateSection {
    qint64 id = 0;
    BilingualText title;
    std::vector<TemplateItem> items;
};

struct InspectionTemplate {
    qint64 id = 0;
    QString uid;
    QString code;
    int version = 1;
    BilingualText name;
    Frequency frequency = Frequency::Monthly;
    double passScore = 80;
    TemplateKind kind = TemplateKind::Branch;
    std::vector<TemplateSection> sections;

    const TemplateItem *item(const QString &itemCode) const;
    const TemplateItem *itemById(qint64 itemId) const;
    // The section holding an item, or nullptr.
    const TemplateSection *sectionOf(const QString &itemCode) const;
    int itemCount() const;
    // Same questions, texts, weights and settings (ids, uid and version ignored): saving a
    // template with the same content as its latest version changes nothing.
    bool sameContent(const InspectionTemplate &o) const;
};

// Checks a template a user or a file made: a code and name, sections with titles, items with
// unique codes, texts, non-negative weights, min ≤ max. The error names the place, e.g.
// "sections[2].items[1]".
class TemplateValidator final {
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static Status validate(const InspectionTemplate &t);
};

} // namespace servicelens::inspection
