// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/Scoring.h"

#include <QWidget>

class QGridLayout;

namespace servicelens::ui {

// A whole section of an inspection on one screen: each item with compact answer controls and
// a note, for the inspector who prefers to see everything at once. Every change is reported
// at once (the form saves it).
class SectionAnswers final : public QWidget {
    Q_OBJECT

public:
    explicit SectionAnswers(QWidget *parent = nullptr);

    void showSection(const inspection::TemplateSection &section,
                     const std::vector<inspection::Answer> &answers, const QString &language,
                     bool editable);

signals:
    void answered(const inspection::Answer &answer);

private:
    QWidget *controlsFor(const inspection::TemplateItem &item, const inspection::Answer &answer,
                         bool editable);

    QGridLayout *m_grid;
    std::vector<inspection::Answer> m_answers; // as shown, updated as they change
};

} // namespace servicelens::ui
