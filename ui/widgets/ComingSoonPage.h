// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace servicelens::ui {

// A page whose area is not built yet. It says plainly what will be there, so nobody mistakes
// it for a broken feature, and offers no control that pretends to work.
class ComingSoonPage final : public QWidget {
    Q_OBJECT

public:
    ComingSoonPage(const QString &title, const QString &purpose, const QStringList &plannedFeatures,
                   QWidget *parent = nullptr);
};

} // namespace servicelens::ui
