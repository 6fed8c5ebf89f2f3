// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingMatrixView.h"

#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

TrainingMatrixView::TrainingMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_team(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    m_team->setObjectName(QStringLiteral("matrixTeam"));
    m_role->setObjectName(QStringLiteral("matrixRole"));
    m_table->setObjectName(QStringLiteral("trainingMatrix"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The skill areas share the width: a date fits each, and none is squeezed to the left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_team, &QComboBox::currentIndexChanged, this, &TrainingMatrixView::fillTable);
    connect(m_role, &QComboBox::currentIndexChanged, this, &TrainingMatrixView::fillTable);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Team:"), this));
    filters->addWidget(m_team);
    filters->addWidget(new QLabel(tr("Role:"), this));
    filters->addWidget(m_role);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void TrainingMatrixView::showRows(std::vector<team::MatrixRow> rows)
{
    m_rows = std::move(rows);
    // The lists offer what the staff has, and keep what was chosen when it still exists.
    const QString team = m_team->currentData().toString();
    const QVariant role = m_role->currentData();
    {
        const QSignalBlocker blockTeam(m_team);
        const QSignalBlocker blockRole(m_role);
        m_team->clear();
        m_team->addItem(tr("All teams"), QString());
        QStringList teams;
        QSet<int> roles;
        for (const team::MatrixRow &r : m_rows) {
            if (!r.team.isEmpty() && !teams.contains(r.team))
                teams << r.team;
            roles.insert(static_cast<int>(r.role));
        }
        teams.sort();
        for (const QString &t : teams)
            m_team->addItem(t, t);
        m_role->clear();
        m_role->addItem(tr("All roles"), QVariant());
        for (org::Role r : org::allRoles)
            if (roles.contains(static_cast<int>(r)))
                m_role->addItem(org::RoleNames::label(r), static_cast<int>(r));
        m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
        m_role->setCurrentIndex(role.isValid() ? std::max(0, m_role->findData(role)) : 0);
    }
    fillTable();
}

void TrainingMatrixView::fillTable()
{
    const QString team = m_team->currentData().toString();
    const QVariant role = m_role->currentData();
    std::vector<const team::MatrixRow *> shown;
    for (const team::MatrixRow &r : m_rows)
        if ((team.isEmpty() || r.team == team) &&
            (!role.isValid() || static_cast<int>(r.role) == role.toInt()))
            shown.push_back(&r);
    QStringList headers = {tr("Staff")};
    for (team::SkillArea a : team::allSkillAreas)
        headers << team::SkillNames::label(a);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(shown.size()));
    for (int r = 0; r < static_cast<int>(shown.size()); ++r) {
        const team::MatrixRow &row = *shown[static_cast<std::size_t>(r)];
        m_table->setItem(r, 0,
                         new QTableWidgetItem(QStringLiteral("%1 %2").arg(row.code, row.name)));
        for (std::size_t a = 0; a < row.cells.size(); ++a) {
            const team::MatrixCell &cell = row.cells[a];
            auto *item = new QTableWidgetItem(
                cell.lastTrained.isValid() ? DateText::of(cell.lastTrained) : tr("never"));
            switch (cell.state) {
            case team::MatrixCell::State::Never:
                item->setForeground(palette::muted);
                break;
            case team::MatrixCell::State::Expired:
                item->setBackground(palette::problemFill);
                item->setForeground(palette::inkOnFill);
                item->setToolTip(tr("Expired on %1").arg(DateText::of(cell.expires)));
                break;
            case team::MatrixCell::State::Expiring:
                item->setBackground(palette::warningFill);
                item->setForeground(palette::inkOnFill);
                item->setToolTip(tr("Expires on %1").arg(DateText::of(cell.expires)));
                break;
            case team::MatrixCell::State::Current:
                if (cell.expires.isValid())
                    item->setToolTip(tr("Current until %1").arg(DateText::of(cell.expires)));
                break;
            }
            m_table->setItem(r, static_cast<int>(a) + 1, item);
        }
    }
}

} // namespace servicelens::ui
