// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace servicelens {
class Database;
}
namespace servicelens::inspection {
struct TemplateItem;
}

namespace servicelens::ui {

class InspectionSession;

// The equipment's maintenance status as evidence for a branch inspection's equipment items
// (issue 22), as orders are sampled for the others: every piece in service on the inspection's
// day — down, last maintenance, next due, overdue in red — and, while the answer can be edited,
// the same in a line added to its note (kept, and sealed, with the answer).
class EquipmentEvidence final {
    Q_DECLARE_TR_FUNCTIONS(EquipmentEvidence)

public:
    // Items of a branch template whose code begins with "equipment." (the shipped template's
    // equipment maintenance section).
    static bool applies(const InspectionSession &session, const inspection::TemplateItem &item);
    // Shows the status; returns the answer's note with the status added when asked to.
    static std::optional<QString> ask(QWidget *parent, Database &db,
                                      const InspectionSession &session, const QString &note);
};

} // namespace servicelens::ui
