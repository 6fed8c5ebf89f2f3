// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/Inspection.h"

#include <QTreeWidget>

namespace servicelens::ui {

class InspectionSession;

// An inspection's items by section, each with its answer in short (a photo item by its photos);
// findings in red, a repeat of the previous inspection's finding and a raised corrective action
// marked. A click chooses the item to answer; the
// keys stay with the answer.
class InspectionItemTree final : public QTreeWidget {
    Q_OBJECT

public:
    explicit InspectionItemTree(QWidget *parent = nullptr);

    void showTemplate(const inspection::InspectionTemplate &tmpl, const QString &language);
    // The session's template must be the one shown.
    void showAnswers(const InspectionSession &session);

signals:
    void itemChosen(const QString &code);
};

} // namespace servicelens::ui
