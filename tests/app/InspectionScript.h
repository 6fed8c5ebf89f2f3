// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/InspectionTemplate.h"
#include "inspection/Scoring.h"

#include <optional>

namespace servicelens::test {

// The answers the crash test's inspector gives, item by item, in the template's order: the
// writer saves them, the test checks that what is stored is exactly these (or nothing).
inline std::optional<inspection::Answer> scriptedAnswer(const inspection::TemplateItem &item)
{
    using inspection::ItemType;
    inspection::Answer a;
    a.itemId = item.id;
    a.itemCode = item.code;
    switch (item.type) {
    case ItemType::PassFail:
        a.passed = item.code != QLatin1String("flow.site");
        break;
    case ItemType::Rating5:
        a.rating = 4;
        break;
    case ItemType::Number:
        a.number = item.min.value_or(0) + 1;
        break;
    case ItemType::Text:
        a.text = QStringLiteral("正常：") + item.code;
        break;
    case ItemType::Photo:
        return std::nullopt;
    }
    a.note = QStringLiteral("备注：") + item.code;
    return a;
}

// When the scripted inspection is completed (fixed, so the score and the seal are too).
constexpr qint64 scriptedCompletion = 1792400000; // 2026-10-19 (Shanghai)

} // namespace servicelens::test
