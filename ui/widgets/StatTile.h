// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace servicelens::ui {

// A figure with its title and a caption under it: the building block of overview pages.
class StatTile final : public QFrame {
    Q_OBJECT

public:
    explicit StatTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    QString value() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace servicelens::ui
