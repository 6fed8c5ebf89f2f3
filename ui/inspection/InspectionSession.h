// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "inspection/Inspection.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// An inspection being carried out, without its widgets: the inspection, its template, the
// answers as saved, what the previous inspection found, and which item is current. Every answer
// goes to the workbook the moment it is given; a completed inspection changes only through an
// amendment with a reason.
class InspectionSession final {
    Q_DECLARE_TR_FUNCTIONS(InspectionSession)

public:
    InspectionSession(Database &db, qint64 inspectionId);

    // Reads everything and resumes at the first scored item without an answer.
    Status load();

    const inspection::Inspection &inspection() const { return m_inspection; }
    const inspection::InspectionTemplate &tmpl() const { return m_template; }
    const std::vector<inspection::Answer> &answers() const { return m_answers; }
    const QHash<QString, inspection::PreviousFinding> &previous() const { return m_previous; }
    // The inspected branch's local time.
    LocalTime localTime() const { return LocalTime::inZone(m_zone); }

    int itemCount() const { return static_cast<int>(m_order.size()); }
    int index() const { return m_index; }
    // False at either end.
    bool move(int step);
    void moveTo(const QString &itemCode);
    // The first item of the section `step` sections away from the current one (clamped).
    void moveSection(int step);
    const inspection::TemplateItem *currentItem() const;
    QString currentItemCode() const;
    // The saved answer to the current item, or an empty one that names it.
    inspection::Answer currentAnswer() const;

    bool draft() const { return m_inspection.status == inspection::InspectionStatus::Draft; }
    bool amending() const { return !m_amendReason.isEmpty(); }
    bool editable() const { return draft() || amending(); }
    void beginAmendment(const QString &reason) { m_amendReason = reason; }

    // Saves an answer: in a draft as it is, in a completed inspection as an amendment.
    Status save(inspection::Answer answer);
    Status complete();
    inspection::ScoreResult score() const;
    // Items with an answer of their kind: a photo item counts once it has a photo, a text item
    // once something is written; agrees with itemCount().
    int answeredCount() const;

    // What hangs on an item besides its answer, read again after photos or actions change.
    Status refreshAttachments();
    int photoCount(const QString &itemCode) const { return m_photos.value(itemCode); }
    int actionCount(const QString &itemCode) const { return m_actions.value(itemCode); }

private:
    Status reloadInspection();

    Database &m_db;
    qint64 m_id;
    QString m_zone;
    inspection::Inspection m_inspection;
    inspection::InspectionTemplate m_template;
    std::vector<inspection::Answer> m_answers;
    QHash<QString, inspection::PreviousFinding> m_previous;
    QHash<QString, int> m_photos;                          // item code -> photos taken
    QHash<QString, int> m_actions;                         // item code -> corrective actions raised
    std::vector<const inspection::TemplateItem *> m_order; // items in template order
    int m_index = 0;
    QString m_amendReason;
};

} // namespace servicelens::ui
