// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatTile.h"

#include "Palette.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace servicelens::ui {

StatTile::StatTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setMinimumWidth(180);
    updateStyle();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value);
}
void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}
QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::caption() const
{
    return m_caption->text();
}

void StatTile::setRating(Rating rating)
{
    m_rating = rating;
    updateStyle();
}

void StatTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    // A selectable label keeps the mouse to itself: on a clickable tile the big number, where
    // people click, would do nothing (the first-hour review).
    m_value->setTextInteractionFlags(clickable ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void StatTile::updateStyle()
{
    // The same colours for the same meaning on every page (UX.md).
    const QString colour = m_rating == Rating::Good      ? palette::met.name()
                           : m_rating == Rating::Warning ? palette::warning.name()
                           : m_rating == Rating::Bad     ? palette::problem.name()
                                                         : QStringLiteral("palette(mid)");
    setStyleSheet(QStringLiteral("servicelens--ui--StatTile { border: 1px solid palette(mid); "
                                 "border-left: 5px solid %1; border-radius: 3px; }")
                      .arg(colour));
}

} // namespace servicelens::ui
