// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentEvidence.h"

#include "InspectionSession.h"

#include "equipment/EquipmentStatus.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

bool EquipmentEvidence::applies(const InspectionSession &session,
                                const inspection::TemplateItem &item)
{
    return session.tmpl().kind == inspection::TemplateKind::Branch &&
           item.code.startsWith(QLatin1String("equipment."));
}

std::optional<QString> EquipmentEvidence::ask(QWidget *parent, Database &db,
                                              const InspectionSession &session, const QString &note)
{
    const inspection::Inspection &i = session.inspection();
    const LocalTime local = session.localTime();
    // The status on the inspection's day: today for a draft, the day it was completed after.
    const QDate day = local.localDate(i.completedAt.value_or(db.clock().nowSecsSinceEpoch()));
    auto pieces = equipment::EquipmentStatus::of(db, i.branchId, day);
    if (!pieces) {
        showError(parent, tr("Equipment Status"), pieces.error());
        return std::nullopt;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("equipmentEvidence"));
    dialog.setWindowTitle(tr("Equipment Status on %1").arg(DateText::of(day)));
    auto *table = makeListTable(&dialog, QStringLiteral("equipmentStatus"),
                                {tr("Equipment"), tr("Name"), tr("Status"), tr("Last maintenance"),
                                 tr("Next due"), tr("Plan")});
    table->setRowCount(int(pieces->size()));
    for (int row = 0; row < int(pieces->size()); ++row) {
        const equipment::PieceStatus &p = (*pieces)[std::size_t(row)];
        const QStringList cells{
            p.code,
            p.name,
            p.down ? tr("Down") : tr("In service"),
            p.lastDone.isValid() ? DateText::of(p.lastDone) : QStringLiteral("—"),
            p.nextDue ? (p.overdueDays > 0 ? tr("%1 (overdue %n day(s))", nullptr, p.overdueDays)
                                                 .arg(DateText::of(*p.nextDue))
                                           : DateText::of(*p.nextDue))
                      : QStringLiteral("—"),
            p.nextPlan};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (p.down || p.overdueDays > 0)
                item->setForeground(palette::problem);
            table->setItem(row, c, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    const QString summary = equipment::EquipmentStatus::summary(*pieces, day);
    auto *line = new QLabel(summary, &dialog);
    line->setObjectName(QStringLiteral("equipmentSummary"));
    line->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    bool add = false;
    if (session.editable()) {
        QPushButton *keep = buttons->addButton(tr("Add to the Note"), QDialogButtonBox::AcceptRole);
        keep->setObjectName(QStringLiteral("addStatusToNote"));
        keep->setToolTip(tr("The line above goes into this answer's note, kept with it"));
        QObject::connect(keep, &QPushButton::clicked, &dialog, [&add, &dialog] {
            add = true;
            dialog.accept();
        });
    }
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table, 1);
    layout->addWidget(line);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
    if (!add)
        return std::nullopt;
    return note.trimmed().isEmpty() ? summary : note.trimmed() + QLatin1Char(' ') + summary;
}

} // namespace servicelens::ui
