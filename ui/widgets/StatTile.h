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

    enum class Rating { None, Good, Warning, Bad };

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    QString value() const;
    QString caption() const;
    // A coloured bar on the left: green, amber or red against the target.
    void setRating(Rating rating);
    Rating rating() const { return m_rating; }
    // A clickable tile shows a hand cursor and emits clicked().
    void setClickable(bool clickable);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateStyle();

    Rating m_rating = Rating::None;
    bool m_clickable = false;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace servicelens::ui
