// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/Inspection.h"

#include <QHash>
#include <QTreeWidget>

namespace servicelens::ui {

// An inspection's items by section, each with its answer in short; findings in red and a
// repeat of the previous inspection's finding marked. A click chooses the item to answer; the
// keys stay with the answer.
class InspectionItemTree final : public QTreeWidget {
    Q_OBJECT

public:
    explicit InspectionItemTree(QWidget *parent = nullptr);

    void showTemplate(const inspection::InspectionTemplate &tmpl, const QString &language);
    // `tmpl` must be the one shown (and outlive the call).
    void showAnswers(const inspection::InspectionTemplate &tmpl,
                     const std::vector<inspection::Answer> &answers,
                     const QHash<QString, inspection::PreviousFinding> &previous,
                     const QString &currentCode);

signals:
    void itemChosen(const QString &code);
};

} // namespace servicelens::ui
