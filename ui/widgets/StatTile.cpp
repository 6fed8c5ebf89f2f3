// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatTile.h"

#include <QLabel>
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

} // namespace servicelens::ui
